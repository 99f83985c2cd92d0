import { useTranslation } from 'react-i18next';
import { linkById, localize, type LifeEvent } from '../../../shared/content/index.ts';
import { ExternalLink } from '../../../shared/ui/page.tsx';

/** The timeline: an ordered list, each step with its deadline, why, documents and link. */
export function StepList({ event }: { readonly event: LifeEvent }) {
  const { t, i18n } = useTranslation('life-events');
  const lang = i18n.resolvedLanguage ?? 'fr';
  return (
    <ol>
      {event.steps.map((step) => {
        const link = linkById(step.link);
        return (
          <li key={step.title.fr}>
            <h3>{`${localize(step.deadline, lang)} — ${localize(step.title, lang)}`}</h3>
            <p>{`${t('organisationWhy')} ${localize(step.why, lang)}`}</p>
            {step.documents.length > 0 ? (
              <p>{`${t('documents')} ${step.documents.map((d) => localize(d, lang)).join(', ')}`}</p>
            ) : null}
            {link ? (
              <p>
                <ExternalLink href={link.url} newWindowLabel={t('newWindow')}>
                  {localize(link.label, lang)}
                </ExternalLink>
                <br />
                <ExternalLink href={link.fallback} newWindowLabel={t('newWindow')}>
                  {t('fallback')}
                </ExternalLink>
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
