// What people type → values. Accepts "1 200,50", "1200.5", "1 200 €", "12/03/1990", "12-03-1990",
// and ISO dates from native pickers. Errors are codes; the UI turns them into French messages.
export type ParseError =
  | 'required'
  | 'not_a_number'
  | 'too_small'
  | 'too_large'
  | 'not_a_date'
  | 'future'
  | 'too_old'
  | 'too_young';
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ParseError };

const fail = <T>(error: ParseError): Parsed<T> => ({ ok: false, error });

export function parseAmount(
  raw: string,
  bounds: { min?: number; max?: number } = {},
): Parsed<number> {
  // Spaces (incl. narrow no-break ones) group thousands; a single comma or dot is the decimal mark.
  const compact = raw.replace(/[\s\u00a0\u202f€]/g, '');
  if (compact === '') return fail('required');
  if (!/^\d+([.,]\d{1,2})?$/.test(compact)) return fail('not_a_number');
  const value = Number(compact.replace(',', '.'));
  if (bounds.min !== undefined && value < bounds.min) return fail('too_small');
  if (bounds.max !== undefined && value > bounds.max) return fail('too_large');
  return { ok: true, value };
}

export function parseCount(
  raw: string,
  bounds: { min?: number; max?: number } = {},
): Parsed<number> {
  const compact = raw.trim();
  if (compact === '') return fail('required');
  if (!/^\d+$/.test(compact)) return fail('not_a_number');
  const value = Number(compact);
  if (bounds.min !== undefined && value < bounds.min) return fail('too_small');
  if (bounds.max !== undefined && value > bounds.max) return fail('too_large');
  return { ok: true, value };
}

/** Age in whole years on `at` of someone born on `iso`. */
export function ageOn(iso: string, at: Date): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const before = at.getMonth() + 1 < m || (at.getMonth() + 1 === m && at.getDate() < d);
  return at.getFullYear() - y - (before ? 1 : 0);
}

/** A birth date DD/MM/YYYY (or ISO), checked against an age range in years on `today`. */
export function parseBirthDate(
  raw: string,
  ages: { min?: number; max?: number },
  today: Date,
): Parsed<string> {
  const s = raw.trim();
  if (s === '') return fail('required');
  const fr = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const [d, m, y] = fr ? [fr[1], fr[2], fr[3]] : iso ? [iso[3], iso[2], iso[1]] : [];
  if (d === undefined || m === undefined || y === undefined) return fail('not_a_date');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1)
    return fail('not_a_date');
  const value = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const todayIso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  if (value > todayIso) return fail('future');
  const age = ageOn(value, today);
  if (ages.max !== undefined && age > ages.max) return fail('too_old');
  if (ages.min !== undefined && age < ages.min) return fail('too_young');
  return { ok: true, value };
}

/** ISO → DD/MM/YYYY for display and editing. */
export const formatDate = (iso: string) => iso.split('-').reverse().join('/');
