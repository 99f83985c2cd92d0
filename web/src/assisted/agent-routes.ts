// The structure's side of mandates: create one (the person then consents), list the structure's,
// read, revoke, ask for a renewal (a new consent of the same person), and the mandate's PDF.
import type { FastifyPluginAsync } from 'fastify';
import {
  mandateCreateRequest,
  mandateRenewRequest,
  type MandateCreated,
  type MandateDomain,
} from '../../../src/shared/contracts/assisted.ts';
import { requireAgent, type AgentUser } from '../auth/agents.ts';
import { badRequest } from '../routes/bad-request.ts';
import type { Services } from '../services.ts';
import { forbidden, lineOf, noteExpiry, structureMandate } from './access.ts';
import type { PdfPool } from '../pdf/pool.ts';
import {
  DAY,
  DOMAIN_LABELS,
  statusAt,
  summaryHash,
  summaryOf,
  viewOf,
  type MandateRecord,
} from './rules.ts';

/** The person has this long to consent through the link (on this device or their phone). */
export const CONSENT_MS = 30 * 60 * 1000;

export const consentPathOf = (token: string) => `/accompagnement/consentement/${token}`;

export const assistedAgentRoutes: FastifyPluginAsync<{ services: Services; pdf: PdfPool }> = async (
  app,
  { services, pdf: pool },
) => {
  const { mandates, journal } = services.assisted;
  const view = async (m: MandateRecord, now: number) => {
    const token = statusAt(m, now) === 'en-attente' ? await mandates.pendingLink(m.id, now) : null;
    return viewOf(m, now, token && consentPathOf(token));
  };

  const open = async (
    agent: AgentUser,
    o: {
      domains: readonly MandateDomain[];
      durationDays: number;
      renews: MandateRecord | null;
    },
  ): Promise<MandateCreated> => {
    const now = services.now();
    const created = await mandates.create(
      {
        siret: agent.siret,
        structureName: agent.structure,
        agent: { sub: agent.sub, givenName: agent.givenName, usualName: agent.usualName },
        domains: o.domains,
        durationDays: o.durationDays,
        endsAt: now + o.durationDays * DAY,
        renews: o.renews?.id ?? null,
        personSub: o.renews?.person?.sub ?? null,
      },
      now,
      CONSENT_MS,
    );
    const m = await mandates.get(created.id);
    if (!m) throw new Error('mandate vanished');
    await journal.append(
      lineOf(o.renews ?? m, o.renews ? 'renouvellement-demande' : 'mandat-cree', {
        agent,
        at: now,
        detail: `${m.domains.join(',')};${String(o.durationDays)}j${o.renews ? `;${m.id}` : ''}`,
      }),
    );
    return {
      id: m.id,
      status: 'en-attente',
      consentPath: consentPathOf(created.token),
      consentExpiresAt: created.expiresAt,
      summary: summaryOf(m),
    };
  };

  app.post('/api/agent/mandats', { preHandler: requireAgent }, async (request, reply) => {
    const agent = request.agent;
    if (!agent) return reply.code(401).send();
    const parsed = mandateCreateRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    return reply.code(201).send(await open(agent, { ...parsed.data, renews: null }));
  });

  app.get('/api/agent/mandats', { preHandler: requireAgent }, async (request, reply) => {
    const agent = request.agent;
    if (!agent) return reply.code(401).send();
    const now = services.now();
    const list = await mandates.forStructure(agent.siret);
    await Promise.all(list.map((m) => noteExpiry(services, m, now)));
    reply.header('cache-control', 'no-store');
    return { mandates: await Promise.all(list.map((m) => view(m, now))) };
  });

  app.get('/api/agent/mandats/:id', { preHandler: requireAgent }, async (request, reply) => {
    const found = await structureMandate(services, request, reply);
    if (!found) return reply;
    const now = services.now();
    await noteExpiry(services, found.m, now);
    reply.header('cache-control', 'no-store');
    return view(found.m, now);
  });

  app.post(
    '/api/agent/mandats/:id/revoquer',
    { preHandler: requireAgent },
    async (request, reply) => {
      const found = await structureMandate(services, request, reply);
      if (!found) return reply;
      const now = services.now();
      if (await mandates.revoke(found.m.id, 'structure', now))
        await journal.append(
          lineOf(found.m, 'revoque-par-structure', { agent: found.agent, at: now }),
        );
      const m = (await mandates.get(found.m.id)) ?? found.m;
      return view(m, now);
    },
  );

  app.post(
    '/api/agent/mandats/:id/renouveler',
    { preHandler: requireAgent },
    async (request, reply) => {
      const found = await structureMandate(services, request, reply);
      if (!found) return reply;
      const parsed = mandateRenewRequest.safeParse(request.body);
      if (!parsed.success) return badRequest(reply, parsed.error);
      const { m, agent } = found;
      if (statusAt(m, services.now()) !== 'actif')
        return forbidden(
          reply,
          'Seul un mandat en cours peut être renouvelé : créez un nouveau mandat avec l’accord de la personne.',
        );
      const created = await open(agent, {
        domains: m.domains,
        durationDays: parsed.data.durationDays,
        renews: m,
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/agent/mandats/:id/mandat.pdf',
    { preHandler: requireAgent },
    async (request, reply) => {
      const found = await structureMandate(services, request, reply);
      if (!found) return reply;
      const { m, agent } = found;
      if (!m.person)
        return forbidden(
          reply,
          'Le mandat s’imprime une fois que la personne a donné son accord avec FranceConnect.',
        );
      const now = services.now();
      const { pdf } = await pool.renderMandate(
        {
          id: m.id,
          structureName: m.structureName,
          siret: m.siret,
          agent: m.agent,
          person: m.person,
          domains: m.domains.map((id) => ({ id, label: DOMAIN_LABELS[id] })),
          durationDays: m.durationDays,
          consentedAt: m.consentedAt ?? m.createdAt,
          endsAt: m.endsAt,
          revokedAt: m.revokedAt,
          summaryHash: m.consentSummaryHash ?? summaryHash(summaryOf(m)),
        },
        now,
      );
      await journal.append(lineOf(m, 'impression', { agent, at: now, detail: 'mandat' }));
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="mandat-droits360.pdf"')
        .send(pdf);
    },
  );
};
