// The server-side check every agent route of a mandate goes through: an agent session (401
// before this, requireAgent), the mandate of the agent's own structure, consented, not revoked,
// not past its end, covering the domain. Every refusal is a 403 in plain French, and a refusal
// under an existing mandate is itself written to the journal.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { JournalAction, MandateDomain } from '../../../src/shared/contracts/assisted.ts';
import type { AgentUser } from '../auth/agents.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { Services } from '../services.ts';
import type { JournalLine } from './journal.ts';
import { DOMAIN_LABELS, frenchDate, statusAt, type MandateRecord } from './rules.ts';

const idParams = z.object({ id: z.uuid() });

export const forbidden = (reply: FastifyReply, message: string) =>
  reply.code(403).send({ error: 'mandate_forbidden', message });

export const notFound = (reply: FastifyReply) =>
  reply.code(404).send({
    error: 'mandate_not_found',
    message: 'Ce mandat n’existe pas. Vérifiez le lien ou revenez à la liste des mandats.',
  });

/** A journal line for an action of this agent under this mandate. */
export function lineOf(
  m: MandateRecord,
  action: JournalAction,
  o: { agent: AgentUser | null; at: number; domain?: MandateDomain | null; detail?: string | null },
): JournalLine {
  return {
    action,
    at: o.at,
    mandateId: m.id,
    person: m.person,
    structure: o.agent
      ? { siret: o.agent.siret, name: o.agent.structure }
      : { siret: m.siret, name: m.structureName },
    agent: o.agent && {
      sub: o.agent.sub,
      givenName: o.agent.givenName,
      usualName: o.agent.usualName,
    },
    domain: o.domain ?? null,
    detail: o.detail ?? null,
  };
}

/** Writes the one "expired" line of a mandate the first time it is seen past its end. */
export async function noteExpiry(services: Services, m: MandateRecord, now: number) {
  if (m.expiryLogged || m.revokedAt !== null || now <= m.endsAt) return;
  if (!(await services.assisted.mandates.markExpiryLogged(m.id))) return;
  await services.assisted.journal.append(lineOf(m, 'mandat-expire', { agent: null, at: m.endsAt }));
}

/** The mandate of the agent's structure named in the path, or a reply already sent. */
export async function structureMandate(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<{ m: MandateRecord; agent: AgentUser } | undefined> {
  const agent = request.agent;
  if (!agent) {
    await reply.code(401).send({
      error: 'agent_unauthenticated',
      message: 'Connectez-vous avec ProConnect pour accéder à l’espace conseiller.',
    });
    return undefined;
  }
  const p = idParams.safeParse(request.params);
  const m = p.success ? await services.assisted.mandates.get(p.data.id) : undefined;
  if (!m) {
    await notFound(reply);
    return undefined;
  }
  if (m.siret !== agent.siret) {
    const now = services.now();
    await services.assisted.journal.append(
      lineOf(m, 'acces-refuse', { agent, at: now, detail: 'autre-structure' }),
    );
    await forbidden(
      reply,
      'Ce mandat a été donné à une autre structure que la vôtre : vous ne pouvez ni le voir ni agir avec.',
    );
    return undefined;
  }
  return { m, agent };
}

export interface Acting {
  readonly m: MandateRecord;
  readonly agent: AgentUser;
  readonly person: SessionUser;
  readonly now: number;
}

function refusal(m: MandateRecord, now: number, domain: MandateDomain | null) {
  const status = statusAt(m, now);
  if (status === 'revoque')
    return {
      detail: 'revoque',
      message: `Ce mandat a été révoqué le ${frenchDate(m.revokedAt ?? now)} : vous ne pouvez plus agir pour cette personne. Un nouveau mandat, avec son accord, est nécessaire.`,
    };
  if (status === 'expire')
    return {
      detail: 'expire',
      message: `Ce mandat a pris fin le ${frenchDate(m.endsAt)} : vous ne pouvez plus agir pour cette personne. Un nouveau mandat, avec son accord, est nécessaire.`,
    };
  if (status === 'en-attente' || !m.identity)
    return {
      detail: 'en-attente',
      message:
        'La personne n’a pas encore donné son accord à ce mandat : elle doit se connecter avec FranceConnect et accepter le résumé.',
    };
  if (domain && !m.domains.includes(domain))
    return {
      detail: `domaine:${domain}`,
      message: `Ce mandat ne couvre pas le domaine « ${DOMAIN_LABELS[domain]} » : cette démarche n’est pas possible. Demandez à la personne un mandat qui inclut ce domaine.`,
    };
  return undefined;
}

/** An active mandate of the agent's structure that covers `domain` (null: any), or a refusal. */
export async function actingMandate(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  domain: MandateDomain | null,
): Promise<Acting | undefined> {
  const found = await structureMandate(services, request, reply);
  if (!found) return undefined;
  const { m, agent } = found;
  const now = services.now();
  await noteExpiry(services, m, now);
  const refused = refusal(m, now, domain);
  if (refused || !m.identity) {
    await services.assisted.journal.append(
      lineOf(m, 'acces-refuse', { agent, at: now, domain, detail: refused?.detail ?? null }),
    );
    await forbidden(reply, refused?.message ?? 'Ce mandat ne permet pas d’agir.');
    return undefined;
  }
  return { m, agent, person: m.identity, now };
}
