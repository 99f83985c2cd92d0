// The benefits worth checking, and the simulator opened on them.
import { useTranslation } from 'react-i18next';
import { localize, type LifeEvent } from '../../../shared/content/index.ts';
import { ButtonLink } from '../../../shared/ui/button.tsx';
import { simulateUrl } from '../utils/simulate-url.ts';

export function SimulationBox({ event }: { readonly event: LifeEvent }) {
  const { t, i18n } = useTranslation('life-events');
  const lang = i18n.resolvedLanguage ?? 'fr';
  const { benefits, questions } = event.simulation;
  return (
    <>
      <p>{t('benefitsText')}</p>
      <ul>
        {benefits.map((b) => (
          <li key={b}>{t(`benefits.${b}`, { defaultValue: b })}</li>
        ))}
      </ul>
      {questions.length > 0 ? (
        <>
          <p>{t('benefitsQuestions')}</p>
          <ul>
            {questions.map((q) => (
              <li key={q.fr}>{localize(q, lang)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <ButtonLink to={simulateUrl(event)}>{t('benefitsAction')}</ButtonLink>
    </>
  );
}
