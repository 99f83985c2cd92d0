// Services outside the social sphere (crèches, mail forwarding, vehicle registration…).
import { useTranslation } from 'react-i18next';
import { linkById, localize, type LifeEvent } from '../../../shared/content/index.ts';
import { ExternalLink } from '../../../shared/ui/page.tsx';

export function ServiceList({ event }: { readonly event: LifeEvent }) {
  const { t, i18n } = useTranslation('life-events');
  const lang = i18n.resolvedLanguage ?? 'fr';
  return (
    <ul>
      {event.services.map((s) => {
        const link = linkById(s.link);
        return link ? (
          <li key={s.link}>
            <ExternalLink href={link.url} newWindowLabel={t('newWindow')}>
              {localize(s.label, lang)}
            </ExternalLink>
          </li>
        ) : null;
      })}
    </ul>
  );
}
