// The rolling 12-month window of housing aids (since the January 2021 reform): the twelve months
// ending two months before the month of the aid (M-13 to M-2).
import type { Inputs, MonthPeriod } from '../contract.ts';
import { addMonths } from '../period.ts';
import { sumBefore } from './inputs.ts';

/** Sum of a monthly amount over M-13 … M-2 (a year key counts 1/12 per month, as OpenFisca). */
export function rollingYear(inputs: Inputs, variable: string, m: MonthPeriod): number {
  return sumBefore(inputs, variable, addMonths(m, -1), 12);
}

/** True when a date (ISO, ETERNITY input) is strictly before the first day of month p. */
export function dateBefore(inputs: Inputs, variable: string, p: MonthPeriod): boolean {
  const d = inputs[variable]?.ETERNITY;
  if (typeof d !== 'string') return false;
  return d < `${p.year}-${String(p.month).padStart(2, '0')}-01`;
}
