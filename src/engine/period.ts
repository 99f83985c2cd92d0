// Months and years as values, never bare strings passed around.
import type { MonthPeriod, Period } from './contract.ts';

export class PeriodError extends Error {
  override name = 'PeriodError';
}

export function month(year: number, monthNumber: number): MonthPeriod {
  const index = year * 12 + (monthNumber - 1);
  return { unit: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function year(y: number): Period {
  return { unit: 'year', year: y };
}

/** "2026-01" → month, "2026" → year; anything else is an error naming the value. */
export function parsePeriod(text: string): Period {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) {
    const mm = Number(m[2]);
    if (mm < 1 || mm > 12)
      throw new PeriodError(`période invalide « ${text} » : mois ${mm} hors de 01 à 12`);
    return month(Number(m[1]), mm);
  }
  if (/^\d{4}$/.test(text)) return year(Number(text));
  throw new PeriodError(`période invalide « ${text} » : attendu AAAA-MM ou AAAA`);
}

export function formatPeriod(p: Period): string {
  return p.unit === 'year' ? String(p.year) : `${p.year}-${String(p.month).padStart(2, '0')}`;
}

export function addMonths(p: MonthPeriod, n: number): MonthPeriod {
  return month(p.year, p.month + n);
}

/** The n months before p, oldest first (p itself excluded). */
export function previousMonths(p: MonthPeriod, n: number): MonthPeriod[] {
  return Array.from({ length: n }, (_, i) => addMonths(p, i - n));
}

/** First day of the period as an ISO date (law in force is read on that day). */
export function firstDay(p: Period): string {
  return p.unit === 'year' ? `${p.year}-01-01` : `${formatPeriod(p)}-01`;
}

export function asMonth(p: Period): MonthPeriod {
  return p.unit === 'month' ? p : month(p.year, 1);
}
