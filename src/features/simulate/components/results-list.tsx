// The results: total per month, benefits granted first, then what the person would pay (the C2S
// participation, never in the total), then those not granted (with why not).
import { useTranslation } from 'react-i18next';
import type { BenefitResult } from '../../../engine/contract.ts';
import { isContribution, isCounted, isPart, monthlyTotal } from '../../../engine/explain/index.ts';
import { Callout } from '../../../shared/ui/notice.tsx';
import { Section } from '../../../shared/ui/page.tsx';
import type { BenefitInfo } from '../api/engine.ts';
import { documentsFor } from '../utils/documents.ts';
import { money } from '../utils/format.ts';
import { BenefitCard } from './benefit-card.tsx';

export interface ResultsListProps {
  readonly infos: readonly BenefitInfo[];
  readonly results: readonly BenefitResult[];
}

export function ResultsList({ infos, results }: ResultsListProps) {
  const { t, i18n } = useTranslation('simulate');
  const yearly = new Set(infos.filter((i) => i.periodicity === 'year').map((i) => i.id));
  // APL, ALF or ALS is the form housing aid takes: told on the housing aid card, not apart.
  const part = infos.find((i) =>
    results.some((r) => r.id === i.id && isPart(r.id) && r.status === 'eligible' && r.amount > 0),
  );
  const shown = infos.flatMap((info) => {
    const result = results.find((r) => r.id === info.id);
    return result && !isPart(info.id) ? [{ info, result }] : [];
  });
  const cardOf = (s: (typeof shown)[number]) => (
    <BenefitCard
      key={s.info.id}
      info={s.info}
      result={s.result}
      {...(s.info.id === 'aide_logement' && part ? { paidAs: part.label } : {})}
    />
  );
  const granted = shown.filter((s) => isCounted(s.result));
  const others = shown.filter((s) => !isCounted(s.result));
  const aids = granted.filter((s) => !isContribution(s.info.id));
  const paid = granted.filter((s) => isContribution(s.info.id));
  const total = money(monthlyTotal(results, yearly), i18n.language);
  return (
    <>
      <Callout title={t('results.total')}>
        <strong data-total={monthlyTotal(results, yearly)}>
          {t('results.totalValue', { amount: total })}
        </strong>
      </Callout>
      {aids.length > 0 ? (
        <Section title={t('results.eligibleHeading')}>{aids.map(cardOf)}</Section>
      ) : null}
      {paid.length > 0 ? (
        <Section title={t('results.contributionHeading')}>
          <p>{t('results.contributionLead')}</p>
          {paid.map(cardOf)}
        </Section>
      ) : null}
      {granted.length > 0 ? (
        <Section title={t('results.documents')}>
          <ul>
            {documentsFor(granted.map((s) => s.info.id)).map((d) => (
              <li key={d}>{t(`documentsList.${d}`)}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      {others.length > 0 ? (
        <Section title={t('results.ineligibleHeading')}>{others.map(cardOf)}</Section>
      ) : null}
      <Callout title={t('results.disclaimerTitle')}>{t('results.disclaimer')}</Callout>
    </>
  );
}
