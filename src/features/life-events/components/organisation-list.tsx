// Who is concerned and why, with how to reach them (phone, personal space or public page).
import { useTranslation } from 'react-i18next';
import { localize, organisationById, type LifeEvent } from '../../../shared/content/index.ts';
import { DeepLink } from './deep-link.tsx';

export function OrganisationList({ event }: { readonly event: LifeEvent }) {
  const { t, i18n } = useTranslation('life-events');
  const lang = i18n.resolvedLanguage ?? 'fr';
  return (
    <ul>
      {event.organisations.map(({ id, why }) => {
        const o = organisationById(id);
        if (!o) return null;
        const page = o.space ?? o.website;
        return (
          <li key={id}>
            <h3>{localize(o.name, lang)}</h3>
            <p>
              {localize(why, lang)}
              <br />
              {localize(o.handles, lang)}
            </p>
            {o.phone ? <p>{t('phone', { phone: o.phone })}</p> : null}
            {page ? <DeepLink id={page} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
