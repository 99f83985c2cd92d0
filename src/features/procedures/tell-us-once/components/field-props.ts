import type { Field, FormValues } from '../utils/form.ts';

/** What every group of fields receives: the values, a setter, and the translated error. */
export interface FieldProps {
  readonly values: FormValues;
  readonly set: (patch: Partial<FormValues>) => void;
  /** `{ error }` when the field has one, `{}` otherwise (spread into the wrapper's props). */
  readonly error: (f: Field) => { error?: string };
}
