// The calendar the deadlines are computed on: dates as `YYYY-MM-DD` in Paris, French public
// holidays (the eleven of the Code du travail, art. L3133-1, Easter Monday, Ascension and Whit
// Monday computed from Easter), and the next working day a deadline moves to.

const pad = (n: number) => String(n).padStart(2, '0');

export const isoDay = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};

export function parseDay(day: string): { y: number; m: number; d: number } {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return { y, m, d };
}

/** The day in Paris at this instant (a deadline is a French calendar day). */
export function parisDay(now: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(now));
  return parts;
}

export function addDays(day: string, n: number): string {
  const { y, m, d } = parseDay(day);
  return isoDay(y, m, d + n);
}

export function addMonths(day: string, n: number): string {
  const { y, m, d } = parseDay(day);
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return isoDay(y, m + n, Math.min(d, last));
}

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(year, month, day);
}

const FIXED = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

/** The public holidays of metropolitan France in a year, sorted. */
export function publicHolidays(year: number): string[] {
  const e = easter(year);
  return [
    ...FIXED.map((md) => `${year}-${md}`),
    addDays(e, 1), // lundi de Pâques
    addDays(e, 39), // Ascension
    addDays(e, 50), // lundi de Pentecôte
  ].sort();
}

export function isWorkingDay(day: string): boolean {
  const { y, m, d } = parseDay(day);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidays(y).includes(day);
}

/** A deadline falling on a weekend or a public holiday moves to the next working day. */
export function nextWorkingDay(day: string): string {
  let d = day;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** Whole days from `from` to `to` (negative when `to` is before). */
export function daysBetween(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** « 15 janvier 2027 » */
export function frenchDate(day: string): string {
  const { y, m, d } = parseDay(day);
  return `${d === 1 ? '1er' : d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** « décembre 2026 » for `2026-12`. */
export function frenchMonth(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return `${MONTHS[m - 1] ?? ''} ${y}`;
}
