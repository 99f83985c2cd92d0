// The adaptive plan bound to the real engine, as the browser binds it (tests, e2e, benchmark).
import type { BenefitId, MonthPeriod } from '../../contract.ts';
import { simulate } from '../../index.ts';
import { adaptiveOptions } from '../adaptive.ts';
import type { OptionsFor } from '../adaptive.ts';
import { householdFromAnswers } from '../household.ts';

export const monthOf = (d: Date): MonthPeriod => ({
  unit: 'month',
  year: d.getFullYear(),
  month: d.getMonth() + 1,
});

export function engineOptions(
  period: MonthPeriod,
  benefits: readonly BenefitId[] = [],
): OptionsFor {
  return adaptiveOptions(
    (answers) =>
      simulate(
        householdFromAnswers(answers, period),
        period,
        benefits.length > 0 ? benefits : undefined,
      ),
    period,
    benefits,
  );
}
