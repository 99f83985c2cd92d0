// "Dites-le nous une fois": the changes a person can declare once for every organisation, as
// the form sends them and the server checks them (same schema, same French messages). Each
// message names its field, so that it reads on its own in the error summary; the client
// translates them by key (DECLARATION_MESSAGES), the server answers them in French.
import * as z from 'zod/mini';

/** A move can be announced up to three months ahead, like service-public's own téléservice. */
export const MOVE_NOTICE_DAYS = 90;

export const DECLARATION_MESSAGES = {
  line: 'Adresse : indiquez le numéro et le nom de la voie (ex. 3 quai de la Douane).',
  lineTooLong: 'Adresse : 200 caractères au plus.',
  postalCode: 'Code postal : 5 chiffres attendus (ex. 75011).',
  communeCode: 'Commune : choisissez votre commune dans la liste.',
  communeUnknown:
    'Commune : aucune commune de ce nom n’a ce code postal ; choisissez-la dans la liste.',
  corsica:
    'Commune : en Corse, le code postal commence par 20 et le code commune par 2A ou 2B (ex. 2A004).',
  sinceFormat: 'Date du déménagement : date attendue au format JJ/MM/AAAA.',
  sinceTooFar: `Date du déménagement : elle peut être annoncée au plus ${MOVE_NOTICE_DAYS} jours à l’avance.`,
  email: 'Adresse électronique : format attendu nom@exemple.fr.',
  phone: 'Téléphone : numéro français attendu (ex. 06 12 34 56 78).',
  contactEmpty: 'Coordonnées : indiquez au moins une adresse électronique ou un téléphone.',
  event: 'Changement : choisissez ce qui change dans votre famille.',
  dateFormat: 'Date de l’évènement : date attendue au format JJ/MM/AAAA.',
  dateFuture: 'Date de l’évènement : elle ne peut pas être dans le futur.',
  dateTooOld: 'Date : elle ne peut pas être antérieure à 1900.',
  person: 'Prénom et nom : indiquez la personne concernée.',
  organisations: 'Organismes : choisissez au moins un organisme à prévenir.',
  consent: 'Accord : il est nécessaire pour transmettre la déclaration.',
} as const;
export type DeclarationMessageKey = keyof typeof DECLARATION_MESSAGES;
const M = DECLARATION_MESSAGES;

const DAY = 24 * 60 * 60 * 1000;
/**
 * Today's date where it is already latest among French territories (UTC+12, Wallis-et-Futuna):
 * a birth declared on its day anywhere in France is never refused as "in the future".
 */
export function latestFrenchToday(now = Date.now()): string {
  return new Date(now + 12 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
export function moveDeadline(now = Date.now()): string {
  return latestFrenchToday(now + MOVE_NOTICE_DAYS * DAY);
}

const isoDate = (format: string) =>
  z.iso.date(format).check(z.refine((d) => d >= '1900-01-01', M.dateTooOld));

export const POSTAL_CODE = /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/;
/** INSEE (COG) commune code: Corsica is 2A/2B since 1976, never 20; overseas 97x and 98x. */
export const COMMUNE_CODE =
  /^(?:(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])\d{3}|97[1-8]\d{2}|98[4-9]\d{2})$/;
export const isCorsicanPostalCode = (p: string) => p.startsWith('20');
export const isCorsicanCommune = (c: string) => c.startsWith('2A') || c.startsWith('2B');

export const addressChange = z
  .object({
    kind: z.literal('address'),
    line: z.string().check(z.trim(), z.minLength(3, M.line), z.maxLength(200, M.lineTooLong)),
    postalCode: z.string().check(z.trim(), z.regex(POSTAL_CODE, M.postalCode)),
    communeCode: z.string().check(z.trim(), z.regex(COMMUNE_CODE, M.communeCode)),
    /** The commune's official name; the server replaces it with the reference list's. */
    commune: z.string().check(z.trim(), z.minLength(1, M.communeCode), z.maxLength(100)),
    since: isoDate(M.sinceFormat).check(z.refine((d) => d <= moveDeadline(), M.sinceTooFar)),
  })
  .check(
    z.refine(
      (a) =>
        !POSTAL_CODE.test(a.postalCode) ||
        !COMMUNE_CODE.test(a.communeCode) ||
        isCorsicanPostalCode(a.postalCode) === isCorsicanCommune(a.communeCode),
      { error: M.corsica, path: ['communeCode'] },
    ),
  );

export const contactChange = z
  .object({
    kind: z.literal('contact'),
    email: z.optional(z.string().check(z.trim(), z.email(M.email))),
    phone: z.optional(
      z.string().check(z.trim(), z.regex(/^(?:\+33|0)[1-9](?:[ .]?\d{2}){4}$/, M.phone)),
    ),
  })
  .check(
    z.refine((c) => c.email !== undefined || c.phone !== undefined, {
      error: M.contactEmpty,
      path: ['email'],
    }),
  );

export const FAMILY_EVENTS = ['couple', 'separation', 'birth', 'death'] as const;
export type FamilyEvent = (typeof FAMILY_EVENTS)[number];

export const familyChange = z
  .object({
    kind: z.literal('family'),
    event: z.enum(FAMILY_EVENTS, M.event),
    date: isoDate(M.dateFormat).check(z.refine((d) => d <= latestFrenchToday(), M.dateFuture)),
    /** Name of the child born or of the relative who died. */
    person: z.optional(z.string().check(z.trim(), z.maxLength(120))),
  })
  .check(
    z.refine((f) => !(f.event === 'birth' || f.event === 'death') || (f.person ?? '') !== '', {
      error: M.person,
      path: ['person'],
    }),
  );

export const DECLARATION_KINDS = ['address', 'contact', 'family'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

export const declarationContent = z.discriminatedUnion('kind', [
  addressChange,
  contactChange,
  familyChange,
]);
export type DeclarationContent = z.infer<typeof declarationContent>;

export const previewRequest = z.object({ content: declarationContent });

export const declarationRequest = z.object({
  content: declarationContent,
  /** Organisations the person agreed to tell: consent is explicit, per organisation. */
  organisations: z
    .array(z.string().check(z.regex(/^[a-z][a-z-]*$/)))
    .check(z.minLength(1, M.organisations)),
  consent: z.literal(true, M.consent),
  /** Made on the discreet journey: delivered, but never listed in the history on screen. */
  discreet: z.optional(z.boolean()),
});
export type DeclarationRequest = z.infer<typeof declarationRequest>;

// ---- What the server answers ----

export const RECIPIENT_REASONS = [
  'pays-benefits',
  'tax-household',
  'health-cover',
  'employment',
  'pension',
  'holds-file',
] as const;

export const recipient = z.object({
  organisation: z.string(),
  reason: z.enum(RECIPIENT_REASONS),
  /** The benefits it pays now, when that is the reason (labels as the organisation gives them). */
  benefits: z.optional(z.array(z.string())),
});
export type Recipient = z.infer<typeof recipient>;

export const previewResponse = z.object({
  content: declarationContent,
  recipients: z.array(recipient),
  /** Organisations that did not answer just now: whether they know the person is unknown. */
  unreachable: z.array(z.string()),
});
export type PreviewResponse = z.infer<typeof previewResponse>;

export const DELIVERY_STATUSES = [
  'pending',
  'sent',
  'acknowledged',
  'retry',
  'needs-user',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
/** Statuses after which nothing changes without the person. */
export const FINAL_STATUSES: readonly DeliveryStatus[] = ['acknowledged', 'needs-user'];

export const deliveryView = z.object({
  organisation: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  receipt: z.nullable(z.string()),
  lastError: z.nullable(z.string()),
  attempts: z.number(),
  updatedAt: z.number(),
});
export type DeliveryView = z.infer<typeof deliveryView>;

export const declarationView = z.object({
  id: z.string(),
  kind: z.enum(DECLARATION_KINDS),
  /** What was declared; an older shape stays readable (unknown), it is shown as far as it parses. */
  payload: z.unknown(),
  createdAt: z.number(),
  deliveries: z.array(deliveryView),
});
export type DeclarationView = z.infer<typeof declarationView>;

export const declarationsResponse = z.object({ declarations: z.array(declarationView) });

export const commune = z.object({ code: z.string(), name: z.string() });
export type Commune = z.infer<typeof commune>;
export const communesResponse = z.object({ postalCode: z.string(), communes: z.array(commune) });
