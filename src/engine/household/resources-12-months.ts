// Sums of monthly amounts over windows of months, without building period objects (these sums
// are the engine's hottest path): the RSA's 3 previous months and the rolling 12-month window of
// housing aids (since the January 2021 reform: the twelve months ending two months before).
import type { Inputs, MonthPeriod } from '../contract.ts';

const keys = new Map<number, string>();
function monthKey(index: number): string {
  let k = keys.get(index);
  if (k === undefined) {
    const y = Math.floor(index / 12);
    k = `${y}-${String((index % 12) + 1).padStart(2, '0')}`;
    keys.set(index, k);
  }
  return k;
}

/** Sum over `count` months ending just before m − `gap` months (OpenFisca semantics of keys). */
export function windowSum(
  inputs: Inputs,
  variable: string,
  m: MonthPeriod,
  count: number,
  gap = 0,
): number {
  const series = inputs[variable];
  if (!series) return 0;
  const end = m.year * 12 + m.month - 1 - gap;
  let total = 0;
  for (let i = end - count; i < end; i++) {
    const byMonth = series[monthKey(i)];
    if (typeof byMonth === 'number') {
      total += byMonth;
      continue;
    }
    if (byMonth !== undefined) continue;
    const byYear = series[String(Math.floor(i / 12))];
    if (typeof byYear === 'number') total += byYear / 12;
    else if (byYear === undefined && typeof series.ETERNITY === 'number') total += series.ETERNITY;
  }
  return total;
}

/** Sum of a monthly amount over M-13 … M-2. */
export function rollingYear(inputs: Inputs, variable: string, m: MonthPeriod): number {
  return windowSum(inputs, variable, m, 12, 1);
}

/** True when a date (ISO, ETERNITY input) is strictly before the first day of month p. */
export function dateBefore(inputs: Inputs, variable: string, p: MonthPeriod): boolean {
  const d = inputs[variable]?.ETERNITY;
  if (typeof d !== 'string') return false;
  return d < `${monthKey(p.year * 12 + p.month - 1)}-01`;
}
