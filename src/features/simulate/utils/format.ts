// Amounts and trace values in the reader's language (French first).
import type { TraceStep } from '../../../engine/contract.ts';

export const money = (amount: number, lang = 'fr') =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : lang, {
    style: 'currency',
    currency: 'EUR',
  }).format(amount);

export function traceValue(
  step: TraceStep,
  lang: string,
  words: { yes: string; no: string; months: string; years: string },
): string {
  const v = step.value;
  if (typeof v === 'boolean') return v ? words.yes : words.no;
  if (typeof v === 'string') return v;
  const locale = lang === 'fr' ? 'fr-FR' : lang;
  switch (step.unit) {
    case 'currency':
      return money(v, lang);
    case 'rate':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
        v,
      );
    case 'months':
      return `${v.toLocaleString(locale)} ${words.months}`;
    case 'years':
      return `${v.toLocaleString(locale)} ${words.years}`;
    default:
      return v.toLocaleString(locale);
  }
}

export const monthLabel = (year: number, month: number, lang: string) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : lang, {
    month: 'long',
    year: 'numeric',
  }).format(new Date(year, month - 1, 1));
