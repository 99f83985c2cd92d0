// The N-2 resource ceilings of the PAJE and the complément familial (R531-1, R522-2): the
// ceiling without child, raised by a share for each of the first two children and a larger
// one from the third, plus a fixed amount for two incomes or a lone parent.
import type { Household, MonthPeriod } from '../contract.ts';
import { isCouple } from './inputs.ts';
import { biactivite } from './ressources-pf.ts';

export interface Majorations {
  readonly deuxPremiers: number;
  readonly suivants: number;
}

export interface PlafondPf {
  readonly ceiling: number;
  /** 1 + the children's shares. */
  readonly rate: number;
  /** Two incomes or a lone parent: the fixed amount is added. */
  readonly bonus: boolean;
}

export function plafondPf(
  h: Household,
  m: MonthPeriod,
  children: number,
  majorations: Majorations,
  base: number,
  extra: number,
): PlafondPf {
  const rate =
    1 +
    majorations.deuxPremiers * Math.min(children, 2) +
    majorations.suivants * Math.max(children - 2, 0);
  const bonus = !isCouple(h) || biactivite(h, m);
  return { ceiling: base * rate + (bonus ? extra : 0), rate, bonus };
}
