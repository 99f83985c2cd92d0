// Raw text or choice → an answer, or an error message key with its parameters.
import type { AnswerValue, Question } from '../../../engine/questions/index.ts';
import { formatDate, parseAmount, parseBirthDate, parseCount } from './parse.ts';

export type Validation =
  | { readonly ok: true; readonly value: AnswerValue }
  | {
      readonly ok: false;
      readonly key: string;
      readonly params?: Readonly<Record<string, number | string>>;
    };

const euros = (n: number) => `${n.toLocaleString('fr-FR')} €`;

export function validate(q: Question, raw: string | undefined, today: Date): Validation {
  const t = q.template;
  const input = raw ?? '';
  if (t.kind === 'boolean' || t.kind === 'choice') {
    if (input === '') return { ok: false, key: 'errors.choose' };
    if (t.kind === 'boolean') return { ok: true, value: input === 'true' };
    return t.options?.includes(input)
      ? { ok: true, value: input }
      : { ok: false, key: 'errors.choose' };
  }
  const bounds = {
    ...(t.min !== undefined ? { min: t.min } : {}),
    ...(t.max !== undefined ? { max: t.max } : {}),
  };
  if (t.kind === 'date') {
    const r = parseBirthDate(input, bounds, today);
    // Birth dates speak of ages; other dates (start of unemployment) of time elapsed.
    const prefix = t.id === 'date_naissance' ? 'errors.' : 'errors.date_';
    return r.ok ? r : { ok: false, key: `${prefix}${r.error}`, params: bounds };
  }
  if (t.kind === 'count') {
    const r = parseCount(input, bounds);
    if (r.ok) return r;
    return {
      ok: false,
      key:
        r.error === 'not_a_number'
          ? 'errors.not_a_count'
          : r.error === 'too_large'
            ? 'errors.too_many'
            : `errors.${r.error}`,
      params: bounds,
    };
  }
  const r = parseAmount(input, bounds);
  return r.ok
    ? r
    : {
        ok: false,
        key: `errors.${r.error}`,
        params: { min: euros(t.min ?? 0), max: euros(t.max ?? 0) },
      };
}

/** The text to show in a field for a stored answer (French formats). */
export function rawOf(q: Question, value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  if (q.template.kind === 'date' && typeof value === 'string') return formatDate(value);
  if (q.template.kind === 'amount' && typeof value === 'number')
    return String(value).replace('.', ',');
  return String(value);
}

/** i18n key and interpolation values of a question's label for its person ("p1", "p2", "e3"). */
export function labelOf(
  q: Question,
  today: Date = new Date(),
): { key: string; params: Record<string, number> } {
  const t = q.template;
  // Tax-year questions name the year (N-2) and the notice it is on (N-1).
  const params: Record<string, number> = {
    year: today.getFullYear() - 2,
    notice: today.getFullYear() - 1,
  };
  if (t.scope === 'household') return { key: `questions.${t.id}.label`, params };
  if (t.scope === 'child')
    return { key: `questions.${t.id}.child`, params: { ...params, n: Number(q.person.slice(1)) } };
  return { key: `questions.${t.id}.${q.person}`, params };
}

/** i18n key of an option's label. */
export const optionKey = (value: string) =>
  value === 'true' ? 'options.yes' : value === 'false' ? 'options.no' : `options.${value}`;
