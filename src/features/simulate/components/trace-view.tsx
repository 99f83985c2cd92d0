// "Pourquoi ce montant ?" / "Pourquoi pas ?": the engine's trace and reasons in plain words,
// each step with its value, how it was obtained and the legal text behind it.
import { useTranslation } from 'react-i18next';
import type { BenefitResult, TraceStep } from '../../../engine/contract.ts';
import { FrenchText } from '../../../shared/ui/french-text.tsx';
import { ExternalLink } from '../../../shared/ui/page.tsx';
import { traceValue } from '../utils/format.ts';

function Steps({ steps }: { readonly steps: readonly TraceStep[] }) {
  const { t, i18n } = useTranslation('simulate');
  const words = {
    yes: t('options.yes'),
    no: t('options.no'),
    months: t('units.months'),
    years: t('units.years'),
  };
  return (
    <ul>
      {steps.map((s, i) => (
        <li key={`${s.label}-${i}`}>
          <FrenchText>{s.label}</FrenchText>
          {t('trace.stepValue', { value: traceValue(s, i18n.language, words) })}
          {s.formula ? (
            <>
              {' ('}
              <FrenchText>{s.formula}</FrenchText>
              {')'}
            </>
          ) : null}
          {s.ref ? (
            <>
              {' — '}
              <ExternalLink href={s.ref.url} newWindowLabel={t('trace.newWindow')} lang="fr">
                {s.ref.title}
              </ExternalLink>
            </>
          ) : null}
          {s.steps && s.steps.length > 0 ? <Steps steps={s.steps} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function TraceView({ result }: { readonly result: BenefitResult }) {
  const { t } = useTranslation('simulate');
  return (
    <div>
      {result.reasons.length > 0 ? (
        <ul>
          {result.reasons.map((r) => (
            <li key={r.code}>
              <FrenchText>{r.message}</FrenchText>
              {r.ref ? (
                <>
                  {' — '}
                  <ExternalLink href={r.ref.url} newWindowLabel={t('trace.newWindow')} lang="fr">
                    {r.ref.title}
                  </ExternalLink>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {result.trace.length > 0 ? <Steps steps={result.trace} /> : null}
    </div>
  );
}
