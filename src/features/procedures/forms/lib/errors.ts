// A field's error as the person reads it: the form's own checks give a key; the server's French
// message is mapped back to the same key, so that English readers get English.
import {
  PROCEDURE_MESSAGES,
  checkProcedure,
  type ProcedureDef,
} from '../../../../shared/contracts/procedures.ts';
import type { FieldIssue } from '../api/http.ts';

/** Field id → translation key under `errors.` (or a server message shown as received). */
export type FieldErrors = Readonly<Record<string, string>>;

const keyOf = new Map(Object.entries(PROCEDURE_MESSAGES).map(([k, m]) => [m as string, k]));

export function stepErrors(
  def: ProcedureDef,
  values: Readonly<Record<string, string>>,
  step: string,
): FieldErrors {
  return Object.fromEntries(
    checkProcedure(def, values, { onlyStep: step }).map((p) => [p.path.slice(7), p.key]),
  );
}

export function serverErrors(fields: readonly FieldIssue[]): FieldErrors {
  return Object.fromEntries(
    fields.map((f) => [f.path.replace(/^values\./, ''), keyOf.get(f.message) ?? f.message]),
  );
}

export const fieldAnchor = (id: string) => `field-${id}`;

/** Moves the focus into a field so that typing can resume at once. */
export function focusField(id: string) {
  document.querySelector<HTMLElement>(`#${fieldAnchor(id)} :is(input, select, textarea)`)?.focus();
}
