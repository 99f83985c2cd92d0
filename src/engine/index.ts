// The engine's only public door: pure functions over the OpenFisca-like household model.
import type { BenefitId, BenefitResult, Household, MonthPeriod } from './contract.ts';
import { BENEFITS } from './benefits/registry.ts';
import { simulateWith } from './simulation.ts';

export type * from './contract.ts';
export { BENEFITS };
export { month, parsePeriod, formatPeriod } from './period.ts';
export { parseSituation, SituationError } from './openfisca/parse.ts';

/** Results of the given benefits (all by default) for one month. */
export function simulate(
  household: Household,
  period: MonthPeriod,
  ids?: readonly BenefitId[],
): BenefitResult[] {
  return simulateWith(BENEFITS, household, period, ids);
}
