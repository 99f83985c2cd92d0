// Reading inputs with OpenFisca's semantics: a month key holds that month's value; a year key on
// a monthly amount is the yearly total (1/12 each month), on a state the state of every month;
// ETERNITY holds values that never change (birth date); otherwise the variable's default.
import type { Household, Individu, Inputs, MonthPeriod, Series } from '../contract.ts';
import { formatPeriod, previousMonths } from '../period.ts';

function raw(
  series: Series | undefined,
  m: MonthPeriod,
): { value: number | string | boolean; perYear: boolean } | undefined {
  if (!series) return undefined;
  const byMonth = series[formatPeriod(m)];
  if (byMonth !== undefined) return { value: byMonth, perYear: false };
  const byYear = series[String(m.year)];
  if (byYear !== undefined) return { value: byYear, perYear: true };
  const forever = series.ETERNITY;
  return forever === undefined ? undefined : { value: forever, perYear: false };
}

/** A monthly amount (€); a yearly figure counts for one twelfth. */
export function amount(inputs: Inputs, variable: string, m: MonthPeriod): number {
  const r = raw(inputs[variable], m);
  if (!r || typeof r.value !== 'number') return 0;
  return r.perYear ? r.value / 12 : r.value;
}

/** The sum of a monthly amount over the n months before m. */
export function sumBefore(inputs: Inputs, variable: string, m: MonthPeriod, n: number): number {
  return previousMonths(m, n).reduce((s, p) => s + amount(inputs, variable, p), 0);
}

/** The yearly total of an amount for a calendar year (the year key, else the sum of its months). */
export function yearTotal(inputs: Inputs, variable: string, y: number): number {
  const series = inputs[variable];
  if (!series) return 0;
  const value = series[String(y)];
  if (typeof value === 'number') return value;
  let total = 0;
  for (let mm = 1; mm <= 12; mm++) {
    const v = series[`${y}-${String(mm).padStart(2, '0')}`];
    if (typeof v === 'number') total += v;
  }
  return total;
}

export function state<T extends string | boolean | number>(
  inputs: Inputs,
  variable: string,
  m: MonthPeriod,
  fallback: T,
): T {
  const r = raw(inputs[variable], m);
  return r === undefined ? fallback : (r.value as T);
}

export function known(inputs: Inputs, variable: string): boolean {
  return variable in inputs;
}

/** Age in whole years on the first day of month m (OpenFisca's convention). */
export function age(individu: Individu, m: MonthPeriod): number | undefined {
  const months = ageInMonths(individu, m);
  return months === undefined ? undefined : Math.floor(months / 12);
}

// Birth dates parsed once per person (the hottest path of the engine); a WeakMap so that
// nothing outlives the household.
const BIRTHS = new WeakMap<Individu, readonly [number, number, number] | null>();

function birthOf(individu: Individu): readonly [number, number, number] | null {
  let b = BIRTHS.get(individu);
  if (b === undefined) {
    const birth = individu.inputs.date_naissance?.ETERNITY;
    b =
      typeof birth === 'string'
        ? (birth.split('-').map(Number) as unknown as [number, number, number])
        : null;
    BIRTHS.set(individu, b);
  }
  return b;
}

export function ageInMonths(individu: Individu, m: MonthPeriod): number | undefined {
  const b = birthOf(individu);
  if (!b) return undefined;
  const [y, mo, d] = b;
  let months = (m.year - y) * 12 + (m.month - mo);
  if (d > 1) months -= 1;
  return months;
}

export function individus(h: Household, ids: readonly string[]): Individu[] {
  return ids.map((id) => h.individus[id]).filter((i): i is Individu => i !== undefined);
}

export function parents(h: Household): Individu[] {
  return individus(h, h.famille.parents);
}

export function enfants(h: Household): Individu[] {
  return individus(h, h.famille.enfants);
}

export function isCouple(h: Household): boolean {
  return h.famille.parents.length >= 2;
}
