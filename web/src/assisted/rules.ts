// The mandate's rules, apart from storage and HTTP: its status at a given time, the renewal
// notice, the plain summary the person consents to (and its hash, the consent proof), the
// domain each procedure and declaration belongs to, and the simulator's situation word.
import { createHash } from 'node:crypto';
import {
  RENEWAL_NOTICE_DAYS,
  SIMULATOR_SITUATIONS,
  type MandateDomain,
  type MandateStatus,
  type MandateSummary,
  type MandateView,
} from '../../../src/shared/contracts/assisted.ts';
import type { DECLARATION_KINDS } from '../../../src/shared/contracts/declarations.ts';
import type { ProcedureId } from '../../../src/shared/contracts/procedures.ts';
import type { Profile } from '../../../src/shared/contracts/profile.ts';
import type { SessionUser } from '../auth/sessions.ts';

export const DAY = 24 * 60 * 60 * 1000;

export interface MandateRecord {
  readonly id: string;
  readonly siret: string;
  readonly structureName: string;
  readonly agent: { readonly sub: string; readonly givenName: string; readonly usualName: string };
  readonly domains: readonly MandateDomain[];
  readonly durationDays: number;
  readonly createdAt: number;
  readonly endsAt: number;
  readonly renews: string | null;
  readonly person: {
    readonly sub: string;
    readonly givenName: string;
    readonly familyName: string;
  } | null;
  /** The FranceConnect identity given at consent (null once the person erased their data). */
  readonly identity: SessionUser | null;
  readonly consentedAt: number | null;
  readonly consentSummaryHash: string | null;
  readonly revokedAt: number | null;
  readonly revokedBy: 'personne' | 'structure' | null;
  readonly expiryLogged: boolean;
}

export function statusAt(m: MandateRecord, now: number): MandateStatus {
  if (m.revokedAt !== null) return 'revoque';
  if (now > m.endsAt) return 'expire';
  return m.person === null ? 'en-attente' : 'actif';
}

export const renewalDue = (m: MandateRecord, now: number) =>
  statusAt(m, now) === 'actif' && m.endsAt - now <= RENEWAL_NOTICE_DAYS * DAY;

export function summaryOf(m: MandateRecord): MandateSummary {
  return {
    structure: { siret: m.siret, name: m.structureName },
    agent: { givenName: m.agent.givenName, usualName: m.agent.usualName },
    domains: [...m.domains],
    durationDays: m.durationDays,
    endsAt: m.endsAt,
    renews: m.renews,
  };
}

/** SHA-256 of the summary as shown (keys in a fixed order: the same summary, the same hash). */
export const summaryHash = (s: MandateSummary): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        s.structure.siret,
        s.structure.name,
        s.agent.givenName,
        s.agent.usualName,
        s.domains,
        s.durationDays,
        s.endsAt,
        s.renews,
      ]),
    )
    .digest('hex');

export function viewOf(m: MandateRecord, now: number, consentPath: string | null): MandateView {
  const status = statusAt(m, now);
  return {
    id: m.id,
    status,
    structure: { siret: m.siret, name: m.structureName },
    agent: { givenName: m.agent.givenName, usualName: m.agent.usualName },
    person: m.person && { givenName: m.person.givenName, familyName: m.person.familyName },
    domains: [...m.domains],
    durationDays: m.durationDays,
    createdAt: m.createdAt,
    startsAt: m.consentedAt,
    endsAt: m.endsAt,
    revokedAt: m.revokedAt,
    revokedBy: m.revokedBy,
    renewalDue: renewalDue(m, now),
    consentPath: status === 'en-attente' ? consentPath : null,
  };
}

/** Which domain of the mandate sending each procedure needs. */
export const PROCEDURE_DOMAINS: Readonly<Record<ProcedureId, MandateDomain>> = {
  'prime-naissance': 'famille',
  'complementaire-sante': 'social',
  'aide-logement': 'logement',
};

/** Which domain each tell-us-once declaration needs. */
export const DECLARATION_DOMAINS: Readonly<
  Record<(typeof DECLARATION_KINDS)[number], MandateDomain>
> = {
  address: 'logement',
  contact: 'papiers',
  family: 'famille',
};

type Situation = (typeof SIMULATOR_SITUATIONS)[number];

/** The one word of `/simuler?situation=…` that best opens the questionnaire for this profile. */
export function situationWord(p: Profile): Situation {
  const [first] = p.adults;
  if (first.disabled) return 'handicap';
  if (first.activity === 'retraite') return 'retraite';
  if (first.activity === 'chomeur') return 'emploi';
  if ((p.children ?? []).length > 0) return 'enfants';
  return p.adults.length === 2 ? 'couple' : 'seul';
}

/** French labels of the domains, for the server's messages and the mandate's PDF. */
export const DOMAIN_LABELS: Readonly<Record<MandateDomain, string>> = {
  papiers: 'Papiers – Citoyenneté',
  famille: 'Famille – Scolarité',
  social: 'Social – Santé',
  travail: 'Travail – Formation',
  logement: 'Logement',
  transports: 'Transports – Mobilité',
  argent: 'Argent – Impôts – Consommation',
  justice: 'Justice',
  etranger: 'Étranger – Europe',
  loisirs: 'Loisirs – Sports – Culture',
};

export const frenchDate = (ms: number) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    new Date(ms),
  );
