// What `GET /api/me/rights` answers: each organisation's normalised record with its freshness,
// plus what the portal derives from all of them (12 months of resources). Money is integer
// cents, months `YYYY-MM`, dates `YYYY-MM-DD`, times epoch milliseconds.
import * as z from 'zod/mini';

export const CONNECTED_ORGANISATIONS = [
  'caf',
  'msa',
  'cpam',
  'cnav',
  'agirc-arrco',
  'france-travail',
  'urssaf',
  'impots',
] as const;
export const connectedOrganisation = z.enum(CONNECTED_ORGANISATIONS);
export type ConnectedOrganisation = z.infer<typeof connectedOrganisation>;

const cents = z.int();
const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const date = z.iso.date();

export const payment = z.object({ month, paidOn: date, amountCents: cents });
export type RightPayment = z.infer<typeof payment>;

export const right = z.object({
  /** OpenFisca-France benefit name when there is one (rsa, af, aide_logement…), else a pension id. */
  id: z.string(),
  label: z.string(),
  kind: z.enum(['prestation', 'pension', 'chomage', 'couverture']),
  status: z.enum(['en-cours', 'suspendu', 'termine']),
  since: date,
  until: z.optional(date),
  withMajoration: z.optional(z.boolean()),
  withParticipation: z.optional(z.boolean()),
  payments: z.array(payment),
  lastPayment: z.optional(payment),
  nextPayment: z.optional(payment),
});
export type Right = z.infer<typeof right>;

export const resourceItem = z.object({
  month,
  amountCents: cents,
  kind: z.enum(['salaire', 'prestation', 'pension', 'chomage', 'independant']),
  label: z.string(),
});
export type ResourceItem = z.infer<typeof resourceItem>;

export const employment = z.object({
  employer: z.string(),
  siret: z.string(),
  contract: z.string(),
  start: date,
  end: z.optional(date),
  weeklyHours: z.number(),
  jobTitle: z.string(),
  /** Montant net social declared by the employer, per month. */
  pay: z.array(z.object({ month, amountCents: cents })),
});
export type Employment = z.infer<typeof employment>;

export const address = z.object({
  line: z.string(),
  postalCode: z.string(),
  commune: z.string(),
  communeInsee: z.optional(z.string()),
});

export const household = z.object({
  couple: z.optional(z.string()),
  partner: z.optional(
    z.object({ givenName: z.string(), familyName: z.string(), birthdate: z.optional(date) }),
  ),
  children: z.array(
    z.object({ givenName: z.string(), birthdate: date, dependent: z.optional(z.boolean()) }),
  ),
});

/** Housing as CAF or MSA hold it for the housing aid; rent without charges. */
export const housing = z.object({
  status: z.enum(['tenant', 'social-tenant', 'owner', 'hosted-free', 'student-residence']),
  rentCents: z.optional(cents),
  chargesCents: z.optional(cents),
  zoneApl: z.optional(z.enum(['zone_1', 'zone_2', 'zone_3'])),
});

export const STATUS_FLAGS = [
  'c2s',
  'c2s-participation',
  'rsa',
  'ppa',
  'asf',
  'aah',
  'demandeur-emploi',
  'retraite',
  'medecin-traitant',
] as const;

export const organisationRecord = z.object({
  organisation: connectedOrganisation,
  fileNumber: z.optional(z.string()),
  address: z.optional(address),
  household: z.optional(household),
  housing: z.optional(housing),
  regimes: z.array(z.object({ kind: z.string(), caisse: z.string() })),
  flags: z.array(z.enum(STATUS_FLAGS)),
  rights: z.array(right),
  resources: z.array(resourceItem),
  activity: z.array(employment),
  quotientFamilial: z.optional(
    z.object({ provider: z.enum(['CAF', 'MSA']), value: z.number(), month }),
  ),
  tax: z.optional(
    z.array(
      z.object({
        incomeYear: z.int(),
        revenuFiscalDeReferenceCents: cents,
        nombreDeParts: z.number(),
        impotCents: cents,
        tauxPrelevementPercent: z.number(),
      }),
    ),
  ),
  retirementQuarters: z.optional(z.int()),
});
export type OrganisationRecord = z.infer<typeof organisationRecord>;

export const organisationBlock = z.object({
  id: connectedOrganisation,
  /** ok: fresh answer; stale: cached answer after a failure; no-file: not known there. */
  status: z.enum(['ok', 'stale', 'unavailable', 'no-file']),
  /** When the data shown was fetched from the organisation. */
  fetchedAt: z.optional(z.number()),
  reason: z.optional(z.enum(['timeout', 'error', 'circuit-open'])),
  record: z.optional(organisationRecord),
});
export type OrganisationBlock = z.infer<typeof organisationBlock>;

export const rightsResponse = z.object({
  person: z.object({ givenName: z.string(), familyName: z.string(), birthdate: date }),
  generatedAt: z.number(),
  organisations: z.array(organisationBlock),
  /** Twelve months, oldest first, summed over every organisation that answered. */
  resources: z.array(
    z.object({
      month,
      totalCents: cents,
      items: z.array(z.extend(resourceItem, { organisation: connectedOrganisation })),
    }),
  ),
});
export type RightsResponse = z.infer<typeof rightsResponse>;
