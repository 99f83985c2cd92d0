// Kiosk mode ("bornes"): enrolment of a device as the kiosk of one reception area, its check-ins
// and fleet status, "Demander un conseiller" tickets and the agents' waiting list. Shared by the
// PWA and the server (same schemas, same French messages). The kiosk presents the token it got at
// enrolment as `Authorization: Bearer <token>`; nothing here carries anything personal.
import * as z from 'zod/mini';

/** Inactivity delays in seconds (WCAG 2.2.1: at least 20 s to extend; Chrome: idle ≥ 1 min). */
export const KIOSK_DELAYS = {
  idleMin: 30,
  idleDefault: 120,
  idleMax: 3600,
  warningMin: 20,
  warningDefault: 30,
  warningMax: 600,
} as const;

/** The enrolment code of the demo reception area (exists only when demo data is on). */
export const DEMO_KIOSK_CODE = 'DEMO-BORNE';

export const KIOSK_ERRORS = {
  codeInvalid: 'kiosk_code_invalid',
  kioskUnauthenticated: 'kiosk_unauthenticated',
  agentRequired: 'agent_unauthenticated',
  wrongStructure: 'kiosk_wrong_structure',
  ticketNotFound: 'ticket_not_found',
  ticketTaken: 'ticket_taken',
  ticketNotYours: 'ticket_not_yours',
} as const;

export const KIOSK_MESSAGES = {
  code: 'Code d’installation : indiquez le code reçu d’un agent de l’accueil.',
  codeTooLong: 'Code d’installation : 64 caractères au plus.',
  codeInvalid:
    'Ce code d’installation est inconnu, déjà utilisé ou expiré : demandez un nouveau lien à un agent de l’accueil.',
  idle: `Délai d’inactivité : un nombre entier de secondes, ${KIOSK_DELAYS.idleMin} au moins et ${KIOSK_DELAYS.idleMax} au plus.`,
  warning: `Durée de l’avertissement : un nombre entier de secondes, ${KIOSK_DELAYS.warningMin} au moins et ${KIOSK_DELAYS.warningMax} au plus.`,
  printer: 'Imprimante : oui ou non.',
  languages: 'Langues : entre 1 et 20 codes de langue (ex. fr, en).',
  reusable: 'Code réutilisable : oui ou non.',
  validHours: 'Validité du code : un nombre entier d’heures, de 1 à 720 (30 jours).',
  appVersion: 'Version de l’application : 1 à 64 caractères.',
  offlineMs: 'Temps hors ligne : un nombre entier de millisecondes, positif.',
  lastReset: 'Dernière remise à zéro : un instant en millisecondes depuis 1970.',
  kioskUnauthenticated:
    'Cette borne n’est pas (ou plus) inscrite : un agent de l’accueil doit l’installer à nouveau.',
  agentRequired:
    'Un agent de l’accueil doit se connecter avec ProConnect pour retirer cette borne.',
  wrongStructure:
    'Cette borne appartient à un autre accueil : seul un de ses agents peut la retirer.',
  statusUnauthenticated:
    'L’état des bornes est réservé aux agents de l’accueil et à l’exploitant : connectez-vous avec ProConnect.',
  ticketNotFound: 'Ce ticket n’existe pas ou n’est pas dans la file de votre structure.',
  ticketTaken: 'Ce ticket a déjà été pris en charge par un autre agent.',
  ticketNotYours: 'Ce ticket n’est pas pris en charge par vous : il ne peut pas être terminé ici.',
} as const;
const M = KIOSK_MESSAGES;

const seconds = (min: number, max: number, message: string) =>
  z.int({ error: message }).check(z.gte(min, message), z.lte(max, message));
const idleSeconds = seconds(KIOSK_DELAYS.idleMin, KIOSK_DELAYS.idleMax, M.idle);
const warningSeconds = seconds(KIOSK_DELAYS.warningMin, KIOSK_DELAYS.warningMax, M.warning);
const language = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, M.languages));
const languages = z
  .array(language, { error: M.languages })
  .check(z.minLength(1, M.languages), z.maxLength(20, M.languages));
const instant = z.number();

/** The non-personal configuration a kiosk keeps (with its kioskId and token: `KioskConfig`). */
export const kioskSettings = z.object({
  receptionAreaId: z.string(),
  receptionName: z.string(),
  organisation: z.string(),
  printer: z.boolean(),
  languages: z.array(z.string()),
  idleSeconds: z.number(),
  warningSeconds: z.number(),
  /** The desks or services the person may ask for (never a person's name). */
  agents: z.array(z.string()),
});
export type KioskSettings = z.infer<typeof kioskSettings>;

/** POST /api/borne/enrolement (no session needed). */
export const kioskEnrolmentRequest = z.object({
  code: z
    .string({ error: M.code })
    .check(z.trim(), z.minLength(1, M.code), z.maxLength(64, M.codeTooLong)),
  idleSeconds: z.optional(idleSeconds),
  warningSeconds: z.optional(warningSeconds),
});
export type KioskEnrolmentRequest = z.infer<typeof kioskEnrolmentRequest>;

/** 201 of the enrolment: the token is given once; the server keeps only its SHA-256. */
export const kioskEnrolmentResponse = z.object({
  kioskId: z.string(),
  token: z.string(),
  config: kioskSettings,
});
export type KioskEnrolmentResponse = z.infer<typeof kioskEnrolmentResponse>;

/** POST /api/borne/pointage (kiosk token) → 204. */
export const kioskCheckInRequest = z.object({
  appVersion: z
    .string({ error: M.appVersion })
    .check(z.trim(), z.minLength(1, M.appVersion), z.maxLength(64, M.appVersion)),
  /** Time spent offline since the previous check-in. */
  offlineMs: z
    .int({ error: M.offlineMs })
    .check(z.gte(0, M.offlineMs), z.lte(366 * 24 * 3600 * 1000, M.offlineMs)),
  lastReset: z.optional(z.int({ error: M.lastReset }).check(z.gte(0, M.lastReset))),
});
export type KioskCheckInRequest = z.infer<typeof kioskCheckInRequest>;

/** 201 of POST /api/borne/tickets (kiosk token): the number shown to the person, like A-012. */
export const kioskTicketResponse = z.object({
  id: z.string(),
  number: z.string(),
  createdAt: instant,
});
export type KioskTicketResponse = z.infer<typeof kioskTicketResponse>;

/** GET /api/borne/statut (agent or manager of the structure, or the operator's token). */
export const kioskStatus = z.object({
  kioskId: z.string(),
  receptionName: z.string(),
  organisation: z.string(),
  appVersion: z.nullable(z.string()),
  lastCheckIn: z.nullable(instant),
  /** Total time spent offline, as reported by its check-ins. */
  offlineMs: z.number(),
  lastReset: z.nullable(instant),
});
export type KioskStatus = z.infer<typeof kioskStatus>;
export const kioskStatusResponse = z.object({ kiosks: z.array(kioskStatus) });
export type KioskStatusResponse = z.infer<typeof kioskStatusResponse>;

/** POST /api/agent/borne/codes (agent): a code for the agent's reception area. */
export const agentKioskCodeRequest = z.object({
  idleSeconds: z.optional(idleSeconds),
  warningSeconds: z.optional(warningSeconds),
  printer: z.optional(z.boolean({ error: M.printer })),
  languages: z.optional(languages),
  /** One device by default; a reusable code enrols several until it expires. */
  reusable: z.optional(z.boolean({ error: M.reusable })),
  /** 24 hours by default. */
  validHours: z.optional(
    z.int({ error: M.validHours }).check(z.gte(1, M.validHours), z.lte(720, M.validHours)),
  ),
});
export type AgentKioskCodeRequest = z.infer<typeof agentKioskCodeRequest>;

export const agentKioskCodeResponse = z.object({
  code: z.string(),
  /** `/borne/installer#code=…`: the code in the fragment, never sent in a request line. */
  link: z.string(),
  expiresAt: instant,
});
export type AgentKioskCodeResponse = z.infer<typeof agentKioskCodeResponse>;

/** The enrolment link of a code (the code in the fragment, so a QR code can carry it). */
export const kioskEnrolmentLink = (code: string): string =>
  `/borne/installer#code=${encodeURIComponent(code)}`;

/** The code of an enrolment link's fragment (`#code=…`), or null. */
export function codeFromFragment(hash: string): string | null {
  const code = new URLSearchParams(hash.replace(/^#/, '')).get('code')?.trim();
  return code ? code : null;
}

/** A waiting "Demander un conseiller" ticket, as the agents of the structure see it. */
export const agentTicket = z.object({
  id: z.string(),
  number: z.string(),
  createdAt: instant,
  receptionName: z.string(),
});
export type AgentTicket = z.infer<typeof agentTicket>;

/** GET /api/agent/tickets (agent): the structure's waiting tickets, oldest first. */
export const agentTicketsResponse = z.object({ tickets: z.array(agentTicket) });
export type AgentTicketsResponse = z.infer<typeof agentTicketsResponse>;

/** 200 of POST /api/agent/tickets/:id/prendre (409 `ticket_taken` when another agent was first). */
export const takenTicket = z.extend(agentTicket, {
  status: z.literal('taken'),
  takenAt: instant,
});
export type TakenTicket = z.infer<typeof takenTicket>;

/** `Authorization` header value of a kiosk's requests. */
export const kioskAuthorization = (token: string): string => `Bearer ${token}`;
