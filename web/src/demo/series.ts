// Builders for the fictitious people's monthly series, so that each person file reads as a few
// dated steps ("646,52 € until March, 652,33 € from April") instead of twelve hand-typed lines.
import { createHash } from 'node:crypto';
import type { Benefit, IsoDate, IsoMonth, MonthAmount, Payment } from './types.ts';

/** The month the demo data is "now": its payment is the next one, not yet made. */
export const DEMO_CURRENT_MONTH: IsoMonth = '2026-11';
/** Twelve full past months before DEMO_CURRENT_MONTH, oldest first. */
export const DEMO_WINDOW: readonly IsoMonth[] = monthsBefore(DEMO_CURRENT_MONTH, 12);

export function addMonths(m: IsoMonth, n: number): IsoMonth {
  const [y = 0, mm = 1] = m.split('-').map(Number);
  const index = y * 12 + (mm - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}` as IsoMonth;
}

export function monthsBefore(m: IsoMonth, n: number): IsoMonth[] {
  return Array.from({ length: n }, (_, i) => addMonths(m, i - n));
}

/**
 * Amounts by dated steps over the demo window: each step applies from its month until the next
 * step; a step of `null` stops the series (end of contract). Months before the first step are
 * absent (new job, recent move).
 */
export function steps(
  pairs: readonly (readonly [IsoMonth, number | null])[],
  overrides: Readonly<Partial<Record<IsoMonth, number>>> = {},
): MonthAmount[] {
  const out: MonthAmount[] = [];
  for (const month of DEMO_WINDOW) {
    let current: number | null | undefined;
    for (const [from, cents] of pairs) if (from <= month) current = cents;
    const amount = overrides[month] ?? current;
    if (amount !== undefined && amount !== null) out.push({ month, amountCents: amount });
  }
  return out;
}

export function steady(cents: number): MonthAmount[] {
  return steps([[DEMO_WINDOW[0] ?? DEMO_CURRENT_MONTH, cents]]);
}

/**
 * Payment on `day` of the month after the one due (CAF: 5th, pensions: 9th), or of the month
 * itself when paid in advance (`lag` 0, Agirc-Arrco on the 1st).
 */
export function paidOn(month: IsoMonth, day: number, lag = 1): IsoDate {
  return `${addMonths(month, lag)}-${String(day).padStart(2, '0')}` as IsoDate;
}

export function toPayments(series: readonly MonthAmount[], day: number, lag = 1): Payment[] {
  return series.map((s) => ({
    month: s.month,
    paidOn: paidOn(s.month, day, lag),
    amountCents: s.amountCents,
  }));
}

type BenefitBase = Omit<Benefit, 'payments' | 'nextPayment' | 'status'> & {
  readonly status?: Benefit['status'];
};

/** A benefit paid monthly on `day`; the next payment repeats the last amount while it runs. */
export function paidBenefit(
  base: BenefitBase,
  series: readonly MonthAmount[],
  day = 5,
  lag = 1,
): Benefit {
  const payments = toPayments(series, day, lag);
  const last = series.at(-1);
  const status = base.status ?? 'en-cours';
  const running = status === 'en-cours' && last !== undefined;
  return {
    ...base,
    status,
    payments,
    ...(running
      ? {
          nextPayment: {
            month: DEMO_CURRENT_MONTH,
            paidOn: paidOn(DEMO_CURRENT_MONTH, day, lag),
            amountCents: last.amountCents,
          },
        }
      : {}),
  };
}

/** FranceConnect-like `sub`: 64 hex characters then `v1`, stable for a given login. */
export function demoSub(login: string): string {
  return `${createHash('sha256').update(`droits360-demo:${login}`).digest('hex')}v1`;
}
