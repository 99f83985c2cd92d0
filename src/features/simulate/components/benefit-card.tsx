// One benefit in the results: status, amount, why (or why not), documents and where to apply.
import { FrenchText } from '../../../shared/ui/french-text.tsx';
import { useTranslation } from 'react-i18next';
import type { BenefitResult } from '../../../engine/contract.ts';
import { isContribution } from '../../../engine/explain/index.ts';
import { Accordion } from '../../../shared/ui/accordion.tsx';
import { Badge } from '../../../shared/ui/badge.tsx';
import type { BenefitInfo } from '../api/engine.ts';
import { money } from '../utils/format.ts';
import { ApplyLinks } from './apply-links.tsx';
import { TraceView } from './trace-view.tsx';

const SEVERITY = { eligible: 'success', ineligible: 'error', incomplete: 'warning' } as const;

export function BenefitCard({
  info,
  result,
  paidAs,
}: {
  readonly info: BenefitInfo;
  readonly result: BenefitResult;
  /** The form a benefit takes (housing aid paid as APL, ALF or ALS). */
  readonly paidAs?: string;
}) {
  const { t, i18n } = useTranslation('simulate');
  const granted = result.status === 'eligible' && result.amount > 0;
  // The C2S participation is paid by the person: worded as such, never as an amount received.
  const key = isContribution(info.id)
    ? 'results.amountContribution'
    : info.periodicity === 'year'
      ? 'results.amountYearly'
      : 'results.amountMonthly';
  const amount = t(key, { amount: money(result.amount, i18n.language) });
  const headingId = `benefit-${info.id}`;
  return (
    <section aria-labelledby={headingId} data-benefit={info.id}>
      <h3 id={headingId}>
        <FrenchText>{info.label}</FrenchText>
      </h3>
      <Badge
        label={t(
          `results.status.${granted ? 'eligible' : result.status === 'incomplete' ? 'incomplete' : 'ineligible'}`,
        )}
        severity={
          SEVERITY[
            granted ? 'eligible' : result.status === 'incomplete' ? 'incomplete' : 'ineligible'
          ]
        }
      />
      {granted ? (
        <p
          data-amount={result.amount}
          aria-label={t('results.amountLabel', { benefit: info.label, amount })}
        >
          <strong>{amount}</strong>
        </p>
      ) : null}
      {granted && paidAs ? <p>{t('results.paidAs', { label: paidAs })}</p> : null}
      <Accordion title={t(granted ? 'results.whyAmount' : 'results.whyNot')} level={4}>
        <TraceView result={result} />
      </Accordion>
      {granted ? <ApplyLinks info={info} /> : null}
    </section>
  );
}
