// The démarches by deadline: what to do, with whom, why, what to bring, where to do it.
import { useTranslation } from 'react-i18next';
import { localize, organisationById, type LifeEvent } from '../../../shared/content/index.ts';
import { Timeline } from '../../../shared/ui/timeline.tsx';
import { DeepLink } from './deep-link.tsx';

export function EventTimeline({ event }: { readonly event: LifeEvent }) {
  const { t, i18n } = useTranslation('life-events');
  const lang = i18n.resolvedLanguage ?? 'fr';
  const groups = event.timeline.map((g) => ({
    key: g.deadline.fr,
    heading: localize(g.deadline, lang),
    content: (
      <ul>
        {g.steps.map((s) => (
          <li key={s.title.fr}>
            <h4>{localize(s.title, lang)}</h4>
            <p>
              {t('stepWith', {
                organisation: s.organisation
                  ? (organisationById(s.organisation)?.shortName ?? s.organisation)
                  : s.professional && localize(s.professional, lang),
              })}
              <br />
              {localize(s.why, lang)}
            </p>
            {s.documents.length > 0 ? (
              <>
                <p>{t('documents')}</p>
                <ul>
                  {s.documents.map((d) => (
                    <li key={d.fr}>{localize(d, lang)}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <DeepLink id={s.link} />
          </li>
        ))}
      </ul>
    ),
  }));
  return <Timeline groups={groups} />;
}
