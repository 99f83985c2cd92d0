// Assisted mode, after Aidants Connect: an agent (logged in through ProConnect) may act for a
// person only under a mandate the person explicitly consented to (through FranceConnect), for
// listed procedure domains and a bounded duration, revocable at any time; every action is logged.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

import { MANDATE_DOMAINS, type MandateDomain } from '../../../src/shared/contracts/assisted.ts';

export { MANDATE_DOMAINS, type MandateDomain };

const DAY = 24 * 60 * 60 * 1000;
const MAX_LONG_MS = 366 * DAY;

export const mandateRequest = z.object({
  personSub: z.string().min(1),
  agent: z.object({
    uid: z.string().min(1),
    siret: z.string().regex(/^\d{14}$/),
    email: z.email(),
  }),
  domains: z.array(z.enum(MANDATE_DOMAINS)).min(1, 'choisissez au moins un domaine de démarches'),
  /** short: ends at the end of the next day; long: until `until`, at most one year. */
  duration: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('short') }),
    z.object({ kind: z.literal('long'), until: z.iso.date() }),
  ]),
  remote: z.boolean(),
  /** The person's explicit consent, confirmed by a FranceConnect login of that person. */
  consent: z.object({ confirmedSub: z.string().min(1), at: z.number().int() }),
});
export type MandateRequest = z.infer<typeof mandateRequest>;

export interface Mandate {
  readonly id: string;
  readonly personSub: string;
  readonly agent: MandateRequest['agent'];
  readonly domains: readonly MandateDomain[];
  readonly remote: boolean;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly revokedAt?: number;
}

export interface MandateAuditEntry {
  readonly mandateId: string;
  readonly at: number;
  readonly action: string;
  readonly domain: MandateDomain;
}

export class MandateError extends Error {
  override name = 'MandateError';
}

/** Validates a request into a mandate; refuses a consent that was not the person's own. */
export function createMandate(input: unknown, now: number): Mandate {
  const r = mandateRequest.parse(input);
  if (r.consent.confirmedSub !== r.personSub)
    throw new MandateError('le consentement doit être donné par la personne elle-même');
  if (now - r.consent.at > 15 * 60 * 1000)
    throw new MandateError('le consentement a expiré, redemandez-le');
  let expiresAt: number;
  if (r.duration.kind === 'short') {
    const d = new Date(now);
    expiresAt = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 2) - 1;
  } else {
    expiresAt = Date.parse(`${r.duration.until}T23:59:59.999Z`);
    if (expiresAt <= now) throw new MandateError('la date de fin doit être dans le futur');
    if (expiresAt - now > MAX_LONG_MS) throw new MandateError('un mandat dure au plus un an');
  }
  return {
    id: randomUUID(),
    personSub: r.personSub,
    agent: r.agent,
    domains: [...new Set(r.domains)],
    remote: r.remote,
    createdAt: now,
    expiresAt,
  };
}

export function revokeMandate(m: Mandate, now: number): Mandate {
  return m.revokedAt === undefined ? { ...m, revokedAt: now } : m;
}

/** Whether this agent may act for this person in this domain now; logs the action if so. */
export function authorizeAction(
  m: Mandate,
  q: { agentUid: string; personSub: string; domain: MandateDomain; action: string; now: number },
  audit: (entry: MandateAuditEntry) => void,
): boolean {
  const ok =
    m.revokedAt === undefined &&
    q.now <= m.expiresAt &&
    m.agent.uid === q.agentUid &&
    m.personSub === q.personSub &&
    m.domains.includes(q.domain);
  if (ok) audit({ mandateId: m.id, at: q.now, action: q.action, domain: q.domain });
  return ok;
}
