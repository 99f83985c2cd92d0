// The form as typed (strings only, so that nothing is lost), what it becomes once sent, and its
// errors by field, from the contract shared with the server (same rules, same messages).
import { z } from 'zod';
import {
  DECLARATION_KINDS,
  FAMILY_EVENTS,
  declarationContent,
  type DeclarationContent,
} from '../../../../shared/contracts/declarations.ts';

export const formValues = z.object({
  kind: z.enum(['', ...DECLARATION_KINDS]),
  line: z.string(),
  postalCode: z.string(),
  communeCode: z.string(),
  commune: z.string(),
  since: z.string(),
  email: z.string(),
  phone: z.string(),
  event: z.enum(['', ...FAMILY_EVENTS]),
  date: z.string(),
  person: z.string(),
});
export type FormValues = z.infer<typeof formValues>;
/** A field on screen: one of the form's, or the organisations' boxes of the consent step. */
export type Field = keyof FormValues | 'organisations';
/** French messages of the contract (or a client key prefixed "client."), by field. */
export type FieldErrors = Partial<Record<Field, string>>;

export const EMPTY_FORM: FormValues = {
  kind: '',
  line: '',
  postalCode: '',
  communeCode: '',
  commune: '',
  since: '',
  email: '',
  phone: '',
  event: '',
  date: '',
  person: '',
};

/** The fields shown for each kind of change, in screen order (the error summary's order). */
export const FIELDS: Record<DeclarationKind, readonly Field[]> = {
  address: ['line', 'postalCode', 'communeCode', 'since'],
  contact: ['email', 'phone'],
  family: ['event', 'date', 'person'],
};
type DeclarationKind = (typeof DECLARATION_KINDS)[number];

const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function toContent(v: FormValues): unknown {
  switch (v.kind) {
    case 'address':
      return {
        kind: 'address',
        line: v.line,
        postalCode: v.postalCode,
        communeCode: v.communeCode,
        commune: v.commune,
        since: v.since,
      };
    case 'contact':
      return { kind: 'contact', email: opt(v.email), phone: opt(v.phone) };
    case 'family':
      return { kind: 'family', event: v.event, date: v.date, person: opt(v.person) };
    default:
      return undefined;
  }
}

/** Errors keyed by the form's fields from issues whose path starts at the content. */
export function fieldErrors(
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
  fields: readonly Field[],
): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) {
    // The commune's name comes with its code from the select: one field on screen.
    const path = i.path.map((p) => (p === 'commune' ? 'communeCode' : String(p)));
    const name = path.find((p): p is Field => (fields as string[]).includes(p));
    if (name && !out[name]) out[name] = i.message;
  }
  return out;
}

export function validateForm(
  v: FormValues,
): { ok: true; content: DeclarationContent } | { ok: false; errors: FieldErrors } {
  if (v.kind === '') return { ok: false, errors: { kind: 'client.kind' } };
  const parsed = declarationContent.safeParse(toContent(v));
  if (parsed.success) return { ok: true, content: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error.issues, FIELDS[v.kind]) };
}
