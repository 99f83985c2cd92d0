// Prefilled procedures ("démarches"): the catalogue of forms the portal sends to an
// organisation, each field's rule (checked the same way by the form and by the server), the
// prefill answer and the submission. Field values travel as strings, as typed; the server
// keeps them as received once every rule passes. Messages are French; the client translates
// them by key (PROCEDURE_MESSAGES).
import * as z from 'zod/mini';
import { connectedOrganisation } from './rights.ts';

export const PROCEDURE_IDS = ['prime-naissance', 'complementaire-sante', 'aide-logement'] as const;
export const procedureId = z.enum(PROCEDURE_IDS);
export type ProcedureId = z.infer<typeof procedureId>;

export type FieldKind =
  | 'text'
  | 'past-date'
  | 'future-date'
  | 'euros'
  | 'count'
  | 'email'
  | 'phone'
  | 'postal-code'
  | 'choice'
  | 'nir'
  | 'caf-number';

/** What the server can fill a field with, from the identity provider or an organisation. */
export const PREFILL_KEYS = [
  'givenName',
  'familyName',
  'birthDate',
  'email',
  'addressLine',
  'postalCode',
  'commune',
  'cafNumber',
  'nir',
  'children',
  'couple',
  'householdSize',
  'housingStatus',
  'rent',
  'charges',
  'monthlyResources',
] as const;
export type PrefillKey = (typeof PREFILL_KEYS)[number];

export interface FieldDef {
  readonly id: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly options?: readonly string[];
  readonly prefill?: PrefillKey;
}

export interface ProcedureDef {
  readonly id: ProcedureId;
  /** Organisation of the registry (src/shared/content/organisations.json) that receives it. */
  readonly organisation: 'caf' | 'cpam';
  /** Link of the registry to the organisation's own page for this procedure. */
  readonly link: string;
  readonly lifeEvents: readonly string[];
  readonly steps: readonly { readonly id: string; readonly fields: readonly FieldDef[] }[];
}

const req = (id: string, kind: FieldKind, prefill?: PrefillKey): FieldDef =>
  prefill ? { id, kind, required: true, prefill } : { id, kind, required: true };
const opt = (id: string, kind: FieldKind, prefill?: PrefillKey): FieldDef =>
  prefill ? { id, kind, required: false, prefill } : { id, kind, required: false };

const identity = {
  id: 'identity',
  fields: [
    req('givenName', 'text', 'givenName'),
    req('familyName', 'text', 'familyName'),
    req('birthDate', 'past-date', 'birthDate'),
    req('email', 'email', 'email'),
    opt('phone', 'phone'),
  ],
};
const address = [
  req('addressLine', 'text', 'addressLine'),
  req('postalCode', 'postal-code', 'postalCode'),
  req('commune', 'text', 'commune'),
];
const YES_NO = ['yes', 'no'] as const;

export const PROCEDURES: readonly ProcedureDef[] = [
  {
    id: 'prime-naissance',
    organisation: 'caf',
    link: 'sp-prime-naissance',
    lifeEvents: ['naissance'],
    steps: [
      {
        id: 'pregnancy',
        fields: [req('expectedBirth', 'future-date'), opt('pregnancyDeclaredOn', 'past-date')],
      },
      { ...identity, fields: [...identity.fields, opt('cafNumber', 'caf-number', 'cafNumber')] },
      {
        id: 'household',
        fields: [
          ...address,
          { id: 'couple', kind: 'choice', required: true, options: YES_NO, prefill: 'couple' },
          req('children', 'count', 'children'),
        ],
      },
    ],
  },
  {
    id: 'complementaire-sante',
    organisation: 'cpam',
    link: 'ameli-css',
    lifeEvents: ['maladie', 'recherche-emploi', 'separation'],
    steps: [
      { ...identity, fields: [...identity.fields, req('nir', 'nir', 'nir')] },
      { id: 'household', fields: [...address, req('householdSize', 'count', 'householdSize')] },
      { id: 'resources', fields: [req('monthlyResources', 'euros', 'monthlyResources')] },
    ],
  },
  {
    id: 'aide-logement',
    organisation: 'caf',
    link: 'caf-demande-prestation',
    lifeEvents: ['demenagement', 'quitter-parents'],
    steps: [
      { ...identity, fields: [...identity.fields, opt('cafNumber', 'caf-number', 'cafNumber')] },
      {
        id: 'housing',
        fields: [
          ...address,
          req('movedInOn', 'past-date'),
          {
            id: 'housingStatus',
            kind: 'choice',
            required: true,
            options: ['tenant', 'social-tenant', 'student-residence', 'hosted'],
            prefill: 'housingStatus',
          },
          req('rent', 'euros', 'rent'),
          opt('charges', 'euros', 'charges'),
        ],
      },
      { id: 'resources', fields: [req('monthlyResources', 'euros', 'monthlyResources')] },
    ],
  },
];

export const procedureById = (id: string): ProcedureDef | undefined =>
  PROCEDURES.find((p) => p.id === id);
export const fieldsOf = (p: ProcedureDef): FieldDef[] => p.steps.flatMap((s) => s.fields);

export const PROCEDURE_MESSAGES = {
  required: 'Ce champ est obligatoire.',
  tooLong: 'Ce champ est limité à 200 caractères.',
  date: 'Date attendue au format JJ/MM/AAAA.',
  dateFuture: 'Cette date ne peut pas être dans le futur.',
  datePast: 'Cette date doit être à venir (dans les 10 prochains mois).',
  euros: 'Montant en euros attendu (ex. 450 ou 450,50).',
  count: 'Nombre entier attendu, entre 0 et 20.',
  email: 'Adresse électronique au format nom@exemple.fr attendue.',
  phone: 'Numéro de téléphone français attendu (ex. 06 12 34 56 78).',
  postalCode: 'Code postal : 5 chiffres attendus (ex. 75011).',
  choice: 'Choisissez une des réponses proposées.',
  nir: 'Numéro de sécurité sociale : 13 chiffres (ou 2A/2B) suivis de la clé, 15 caractères.',
  cafNumber: 'Numéro allocataire : 7 chiffres attendus.',
} as const;
export type ProcedureMessageKey = keyof typeof PROCEDURE_MESSAGES;

const DAY = 24 * 60 * 60 * 1000;
const today = (now: number) => new Date(now).toISOString().slice(0, 10);
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

/** The rule of one field on what was typed; undefined when the value is acceptable. */
export function checkValue(
  f: FieldDef,
  raw: string,
  now = Date.now(),
): ProcedureMessageKey | undefined {
  const v = raw.trim();
  if (v === '') return f.required ? 'required' : undefined;
  if (v.length > 200) return 'tooLong';
  switch (f.kind) {
    case 'past-date':
      if (!isDate(v) || v < '1900-01-01') return 'date';
      return v > today(now + 14 * 60 * 60 * 1000) ? 'dateFuture' : undefined;
    case 'future-date':
      if (!isDate(v)) return 'date';
      return v < today(now - 12 * 60 * 60 * 1000) || v > today(now + 300 * DAY)
        ? 'datePast'
        : undefined;
    case 'euros':
      return /^\d{1,6}(?:[.,]\d{1,2})?$/.test(v.replace(/[\s\u202f\u00a0]/g, ''))
        ? undefined
        : 'euros';
    case 'count':
      return /^\d{1,2}$/.test(v) && Number(v) <= 20 ? undefined : 'count';
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? undefined : 'email';
    case 'phone':
      return /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/.test(v) ? undefined : 'phone';
    case 'postal-code':
      return /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/.test(v) ? undefined : 'postalCode';
    case 'choice':
      return f.options?.includes(v) ? undefined : 'choice';
    case 'nir':
      return /^[12]\d{2}(?:0[1-9]|1[0-2]|[2-9]\d)(?:\d{2}|2A|2B)\d{6}\d{2}$/.test(
        v.replace(/\s/g, '').toUpperCase(),
      )
        ? undefined
        : 'nir';
    case 'caf-number':
      return /^\d{7}$/.test(v) ? undefined : 'cafNumber';
    case 'text':
      return undefined;
  }
}

export interface FieldProblem {
  readonly path: string;
  readonly key: ProcedureMessageKey;
}

/** Every field's problem, in the form's order; `onlyStep` checks one step. */
export function checkProcedure(
  p: ProcedureDef,
  values: Readonly<Record<string, string>>,
  o: { readonly now?: number; readonly onlyStep?: string } = {},
): FieldProblem[] {
  return p.steps
    .filter((s) => o.onlyStep === undefined || s.id === o.onlyStep)
    .flatMap((s) => s.fields)
    .flatMap((f) => {
      const key = checkValue(f, values[f.id] ?? '', o.now);
      return key ? [{ path: `values.${f.id}`, key }] : [];
    });
}

const values = z.record(z.string().check(z.regex(/^[a-zA-Z]{1,40}$/)), z.string());

export const prefillResponse = z.object({
  procedure: procedureId,
  values,
  /** Where each prefilled value came from: `franceconnect` or an organisation id. */
  sources: z.record(z.string(), z.string()),
});
export type PrefillResponse = z.infer<typeof prefillResponse>;

export const procedureRequest = z.object({
  procedure: procedureId,
  values,
  documents: z.array(z.uuid()).check(z.maxLength(10)),
  /** Made on the device: sending the same request again (network back) creates nothing new. */
  clientRef: z.uuid(),
});
export type ProcedureRequest = z.infer<typeof procedureRequest>;

export const PROCEDURE_STATUSES = ['sent', 'acknowledged', 'retry'] as const;

export const procedureView = z.object({
  id: z.uuid(),
  procedure: procedureId,
  organisation: connectedOrganisation,
  status: z.enum(PROCEDURE_STATUSES),
  reference: z.nullable(z.string()),
  createdAt: z.number(),
  documents: z.array(z.object({ id: z.uuid(), name: z.string() })),
  clientRef: z.string(),
});
export type ProcedureView = z.infer<typeof procedureView>;
export const proceduresResponse = z.object({ procedures: z.array(procedureView) });
