// Assisted mode ("accompagnement"), after Aidants Connect: an agent of a structure acts for a
// person under a mandate the person consented to through FranceConnect, for listed domains and
// 1, 31, 182 or 365 days; every action is written to an append-only journal. Request and
// response shapes of every route of issue 11 (the routes are listed in each schema's comment).
// Messages are French; the interface translates the domains' labels in its own locales.
import * as z from 'zod/mini';
import { profileResponse } from './profile.ts';

/** The 10 domains of procedures of Aidants Connect. */
export const MANDATE_DOMAINS = [
  'papiers',
  'famille',
  'social',
  'travail',
  'logement',
  'transports',
  'argent',
  'justice',
  'etranger',
  'loisirs',
] as const;
export const mandateDomain = z.enum(MANDATE_DOMAINS);
export type MandateDomain = z.infer<typeof mandateDomain>;

/** Allowed durations, in days (Aidants Connect's own): a day, a month, six months, a year. */
export const MANDATE_DURATIONS = [1, 31, 182, 365] as const;
export type MandateDuration = (typeof MANDATE_DURATIONS)[number];
/** A renewal is due (flagged, reminded) this many days before the end. */
export const RENEWAL_NOTICE_DAYS = 30;

export const ASSISTED_MESSAGES = {
  domains: 'Choisissez au moins un domaine de démarches.',
  duration: 'Durée du mandat : choisissez 1 jour, 1 mois (31 jours), 6 mois (182 jours) ou 1 an.',
  accept: 'Cochez « J’accepte » pour donner votre accord.',
  situation: 'La simulation à partager est vide ou trop longue.',
} as const;

const durationDays = z.number().check(
  z.refine((d) => (MANDATE_DURATIONS as readonly number[]).includes(d), {
    error: ASSISTED_MESSAGES.duration,
  }),
);
const domains = z
  .array(z.enum(MANDATE_DOMAINS, ASSISTED_MESSAGES.domains))
  .check(z.minLength(1, ASSISTED_MESSAGES.domains), z.maxLength(MANDATE_DOMAINS.length));

/** POST /api/agent/mandats (agent). */
export const mandateCreateRequest = z.object({ domains, durationDays });
export type MandateCreateRequest = z.infer<typeof mandateCreateRequest>;

/** POST /api/agent/mandats/:id/renouveler (agent): same domains, a new consent of the person. */
export const mandateRenewRequest = z.object({ durationDays });
export type MandateRenewRequest = z.infer<typeof mandateRenewRequest>;

const structure = z.object({ siret: z.string(), name: z.string() });
const agentName = z.object({ givenName: z.string(), usualName: z.string() });

/** The plain summary the person reads before consenting (its hash is the consent proof). */
export const mandateSummary = z.object({
  structure,
  agent: agentName,
  domains: z.array(mandateDomain),
  durationDays: z.number(),
  /** Epoch ms: the mandate ends then (computed when the agent created it). */
  endsAt: z.number(),
  /** The mandate this one renews, if any: the person must be the same. */
  renews: z.nullable(z.string()),
});
export type MandateSummary = z.infer<typeof mandateSummary>;

/** 201 of POST /api/agent/mandats and of POST /api/agent/mandats/:id/renouveler. */
export const mandateCreated = z.object({
  id: z.uuid(),
  status: z.literal('en-attente'),
  /** Where the person consents (same device or their phone through a QR code). */
  consentPath: z.string(),
  /** Epoch ms: the consent link is single-use and valid until then. */
  consentExpiresAt: z.number(),
  summary: mandateSummary,
});
export type MandateCreated = z.infer<typeof mandateCreated>;

/**
 * GET /api/mandats/consentement/:token (person logged in with FranceConnect; 401 otherwise).
 * Refusals (both GET and POST): 404 `consent_invalid` (unknown link), 409 `consent_used` (the
 * link is single-use), 410 `consent_expired` (30 minutes passed, or the mandate was cancelled),
 * 403 `consent_other_person` (another person opened it first, or a renewal opened by someone
 * else than the mandate's person). Each with a French `message`.
 */
export const consentSummaryResponse = z.object({
  summary: mandateSummary,
  consentExpiresAt: z.number(),
});
export type ConsentSummaryResponse = z.infer<typeof consentSummaryResponse>;

/** POST /api/mandats/consentement/:token → 200 the mandate (active). */
export const consentRequest = z.object({ accept: z.literal(true, ASSISTED_MESSAGES.accept) });
export type ConsentRequest = z.infer<typeof consentRequest>;

export const MANDATE_STATUSES = ['en-attente', 'actif', 'expire', 'revoque'] as const;
export type MandateStatus = (typeof MANDATE_STATUSES)[number];

/** A mandate as the agent, the manager and the person see it. */
export const mandateView = z.object({
  id: z.uuid(),
  status: z.enum(MANDATE_STATUSES),
  structure,
  agent: agentName,
  /** Null until the person consented. */
  person: z.nullable(z.object({ givenName: z.string(), familyName: z.string() })),
  domains: z.array(mandateDomain),
  durationDays: z.number(),
  createdAt: z.number(),
  /** Consent time (start of the mandate), null while pending. */
  startsAt: z.nullable(z.number()),
  endsAt: z.number(),
  revokedAt: z.nullable(z.number()),
  revokedBy: z.nullable(z.enum(['personne', 'structure'])),
  /** Active and ending within RENEWAL_NOTICE_DAYS days. */
  renewalDue: z.boolean(),
  /** While pending: where the person consents. */
  consentPath: z.nullable(z.string()),
});
export type MandateView = z.infer<typeof mandateView>;

/** GET /api/agent/mandats (the structure's) and GET /api/me/mandats (the person's). */
export const mandatesResponse = z.object({ mandates: z.array(mandateView) });
export type MandatesResponse = z.infer<typeof mandatesResponse>;
// GET /api/agent/mandats/:id, POST …/revoquer (agent) and POST /api/me/mandats/:id/revoquer
// (person) answer a mandateView.

/** Words of the simulator's deep link `/simuler?situation=…` (src/features/simulate entry). */
export const SIMULATOR_SITUATIONS = [
  'seul',
  'couple',
  'enfants',
  'emploi',
  'retraite',
  'handicap',
] as const;

/** GET /api/agent/mandats/:id/situation (domain social): the simulator's prefill. */
export const assistedSituationResponse = z.object({
  situation: z.enum(SIMULATOR_SITUATIONS),
  /** Ready to navigate to: `/simuler?situation=<situation>`. */
  href: z.string(),
  /** The person's prefill profile, as GET /api/me/profile gives it to the person. */
  prefill: profileResponse,
});
export type AssistedSituationResponse = z.infer<typeof assistedSituationResponse>;

// GET /api/agent/mandats/:id/droits (domain social) answers the RightsResponse of
// GET /api/me/rights (contracts/rights.ts).
// GET /api/agent/mandats/:id/demarches/:procedureId (the procedure's domain) answers the
// PrefillResponse of GET /api/me/procedures/:id/prefill (contracts/procedures.ts), to prepare it.
// Domains: prime-naissance → famille, complementaire-sante → social, aide-logement → logement;
// declarations: address → logement, contact → papiers, family → famille; printing `droits` or
// `simulation` → social, the others → any domain of an active mandate.

/** POST /api/agent/mandats/:id/demarches/:procedureId: the procedure sent in the person's name
 * (the person's own documents are not reachable by an agent). 201 a ProcedureView. */
export const assistedProcedureRequest = z.object({
  values: z.record(z.string(), z.string().check(z.maxLength(500))),
  clientRef: z.uuid(),
});
export type AssistedProcedureRequest = z.infer<typeof assistedProcedureRequest>;
// POST /api/agent/mandats/:id/declarations takes the declarationRequest of
// contracts/declarations.ts and answers 202 a DeclarationView.

/** POST /api/agent/mandats/:id/impression → 201 (journal "printed"). */
export const PRINTABLES = ['droits', 'simulation', 'demarche', 'declaration', 'resume'] as const;
export const printRequest = z.object({ what: z.enum(PRINTABLES) });
export const printResponse = z.object({ recorded: z.literal(true), at: z.number() });

/** Every kind of journal line. */
export const JOURNAL_ACTIONS = [
  'mandat-cree',
  'consentement-donne',
  'mandat-consulte',
  'droits-consultes',
  'simulation-preremplie',
  'demarche-envoyee',
  'declaration-envoyee',
  'impression',
  'renouvellement-demande',
  'mandat-renouvele',
  'revoque-par-personne',
  'revoque-par-structure',
  'mandat-expire',
  'acces-refuse',
  'partage-cree',
  'partage-consulte',
  'partage-revoque',
] as const;
export type JournalAction = (typeof JOURNAL_ACTIONS)[number];

export const journalEntry = z.object({
  id: z.string(),
  at: z.number(),
  action: z.enum(JOURNAL_ACTIONS),
  mandateId: z.nullable(z.string()),
  /** The agent who acted (null when the person or the system did). */
  agent: z.nullable(agentName),
  structure: z.nullable(structure),
  domain: z.nullable(mandateDomain),
  /** The procedure id, the declaration kind, what was printed… (never personal data). */
  detail: z.nullable(z.string()),
  /** The person, on the manager's journal; null on the person's own. */
  person: z.nullable(z.object({ givenName: z.string(), familyName: z.string() })),
});
export type JournalEntry = z.infer<typeof journalEntry>;

/** GET /api/me/accompagnement/journal (person) and GET /api/agent/journal (manager). */
export const journalResponse = z.object({ entries: z.array(journalEntry) });
export type JournalResponse = z.infer<typeof journalResponse>;

/** Share codes: 12 characters of an alphabet without look-alikes, shown in groups of four. */
export const SHARE_CODE = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;
export const SHARE_MAX_HOURS = 24;
const answerValue = z.union([z.string().check(z.maxLength(500)), z.number(), z.boolean()]);

/** A simulation as the simulator keeps it: answers by question key, and benefits asked for. */
export const sharedSituation = z.object({
  answers: z.record(z.string().check(z.maxLength(100)), answerValue),
  benefits: z.optional(z.array(z.string().check(z.maxLength(60))).check(z.maxLength(60))),
});
export type SharedSituation = z.infer<typeof sharedSituation>;

/** POST /api/me/partages (person) → 201 shareCreated. */
export const shareRequest = z.object({ situation: sharedSituation });
export const shareCreated = z.object({ code: z.string(), expiresAt: z.number() });
export type ShareCreated = z.infer<typeof shareCreated>;
// POST /api/me/partages/:code/revoquer (person) → 204.

/** GET /api/agent/partages/:code (agent, read-only). */
export const shareView = z.object({
  code: z.string(),
  situation: sharedSituation,
  createdAt: z.number(),
  expiresAt: z.number(),
  person: z.object({ givenName: z.string() }),
});
export type ShareView = z.infer<typeof shareView>;

/**
 * 403 of every route on a mandate: another structure's, pending, revoked, expired or outside
 * its domains, in plain French. Also: 401 `agent_unauthenticated` without an agent session,
 * 404 `mandate_not_found`, 403 `manager_only` (GET /api/agent/journal for a non-manager),
 * 404 `share_not_found` (unknown, expired or revoked share code), 429 `rate-limited`.
 */
export const mandateForbidden = z.object({
  error: z.literal('mandate_forbidden'),
  message: z.string(),
});
