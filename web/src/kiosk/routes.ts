// The kiosk server routes (contract: src/shared/contracts/kiosk.ts): enrolment by code, check-ins,
// "Demander un conseiller" tickets, withdrawal by an agent, the fleet status, and the agents'
// side (enrolment codes, the waiting list, take and close a ticket).
import type { FastifyPluginAsync } from 'fastify';
import * as z from 'zod/mini';
import {
  agentKioskCodeRequest,
  KIOSK_ERRORS,
  KIOSK_MESSAGES,
  kioskCheckInRequest,
  kioskEnrolmentLink,
  kioskEnrolmentRequest,
  type AgentKioskCodeResponse,
  type AgentTicket,
  type AgentTicketsResponse,
  type KioskEnrolmentResponse,
  type KioskStatusResponse,
  type KioskTicketResponse,
  type TakenTicket,
} from '../../../src/shared/contracts/kiosk.ts';
import { requireAgent } from '../auth/agents.ts';
import { badRequest } from '../routes/bad-request.ts';
import type { Services } from '../services.ts';
import { applyDemoKiosks } from './demo.ts';
import { requireKiosk } from './identity.ts';
import { newCode } from './kiosks.ts';
import type { KioskTicket } from './tickets.ts';

const HOUR = 60 * 60 * 1000;
const ticketParams = z.object({
  id: z.uuid('Ticket : identifiant invalide.'),
});

const agentTicket = (t: KioskTicket): AgentTicket => ({
  id: t.id,
  number: t.number,
  createdAt: t.createdAt,
  receptionName: t.receptionAreaName,
});

export const kioskRoutes: FastifyPluginAsync<{ services: Services; demoData: boolean }> = async (
  app,
  { services, demoData },
) => {
  const { kiosks, tickets, now } = services;
  await applyDemoKiosks(kiosks, demoData);

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  });

  app.post('/api/borne/enrolement', async (request, reply) => {
    const parsed = kioskEnrolmentRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    const { code, ...own } = parsed.data;
    const enrolled = await kiosks.enrol(code, own, now());
    if (!enrolled)
      return reply
        .code(400)
        .send({ error: KIOSK_ERRORS.codeInvalid, message: KIOSK_MESSAGES.codeInvalid });
    request.log.info({ kioskId: enrolled.kioskId }, 'kiosk enrolled');
    return reply.code(201).send(enrolled satisfies KioskEnrolmentResponse);
  });

  app.post('/api/borne/pointage', { preHandler: requireKiosk }, async (request, reply) => {
    const kiosk = request.kiosk;
    if (!kiosk) return;
    const parsed = kioskCheckInRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    await kiosks.checkIn(kiosk.id, parsed.data, now());
    return reply.code(204).send();
  });

  app.post('/api/borne/tickets', { preHandler: requireKiosk }, async (request, reply) => {
    const kiosk = request.kiosk;
    if (!kiosk) return;
    const t = await tickets.create(kiosk.id, now());
    const body: KioskTicketResponse = { id: t.id, number: t.number, createdAt: t.createdAt };
    return reply.code(201).send(body);
  });

  app.post('/api/borne/retrait', { preHandler: requireKiosk }, async (request, reply) => {
    const kiosk = request.kiosk;
    if (!kiosk) return;
    if (!request.agent)
      return reply
        .code(401)
        .send({ error: KIOSK_ERRORS.agentRequired, message: KIOSK_MESSAGES.agentRequired });
    if (request.agent.siret !== kiosk.siret)
      return reply
        .code(403)
        .send({ error: KIOSK_ERRORS.wrongStructure, message: KIOSK_MESSAGES.wrongStructure });
    await kiosks.revoke(kiosk.id, now());
    request.log.info({ kioskId: kiosk.id }, 'kiosk withdrawn');
    return reply.code(204).send();
  });

  app.get('/api/borne/statut', async (request, reply) => {
    const siret = request.kioskOperator ? null : request.agent?.siret;
    if (siret === undefined)
      return reply.code(401).send({
        error: KIOSK_ERRORS.agentRequired,
        message: KIOSK_MESSAGES.statusUnauthenticated,
      });
    const body: KioskStatusResponse = { kiosks: await kiosks.status(siret) };
    return body;
  });

  app.post('/api/agent/borne/codes', { preHandler: requireAgent }, async (request, reply) => {
    const agent = request.agent;
    if (!agent) return;
    const parsed = agentKioskCodeRequest.safeParse(request.body ?? {});
    if (!parsed.success) return badRequest(reply, parsed.error);
    const { reusable = false, validHours = 24, ...settings } = parsed.data;
    const areaId = await kiosks.areaOfStructure(agent.siret, agent.structure);
    const code = newCode();
    const expiresAt = now() + validHours * HOUR;
    await kiosks.saveCode(code, { areaId, reusable, expiresAt, settings });
    const body: AgentKioskCodeResponse = { code, link: kioskEnrolmentLink(code), expiresAt };
    return reply.code(201).send(body);
  });

  app.get('/api/agent/tickets', { preHandler: requireAgent }, async (request) => {
    const agent = request.agent;
    const waiting = agent ? await tickets.waitingForSiret(agent.siret) : [];
    const body: AgentTicketsResponse = { tickets: waiting.map(agentTicket) };
    return body;
  });

  app.post(
    '/api/agent/tickets/:id/prendre',
    { preHandler: requireAgent },
    async (request, reply) => {
      const agent = request.agent;
      if (!agent) return;
      const params = ticketParams.safeParse(request.params);
      if (!params.success) return badRequest(reply, params.error);
      const { id } = params.data;
      const taken = await tickets.take(id, agent.siret, agent.uid, now());
      if (taken) {
        const body: TakenTicket = {
          ...agentTicket(taken),
          status: 'taken',
          takenAt: taken.takenAt ?? now(),
        };
        return body;
      }
      const found = await tickets.forSiret(id, agent.siret);
      if (!found)
        return reply
          .code(404)
          .send({ error: KIOSK_ERRORS.ticketNotFound, message: KIOSK_MESSAGES.ticketNotFound });
      return reply
        .code(409)
        .send({ error: KIOSK_ERRORS.ticketTaken, message: KIOSK_MESSAGES.ticketTaken });
    },
  );

  app.post(
    '/api/agent/tickets/:id/terminer',
    { preHandler: requireAgent },
    async (request, reply) => {
      const agent = request.agent;
      if (!agent) return;
      const params = ticketParams.safeParse(request.params);
      if (!params.success) return badRequest(reply, params.error);
      const { id } = params.data;
      if (await tickets.done(id, agent.siret, agent.uid, now())) return reply.code(204).send();
      const found = await tickets.forSiret(id, agent.siret);
      if (!found)
        return reply
          .code(404)
          .send({ error: KIOSK_ERRORS.ticketNotFound, message: KIOSK_MESSAGES.ticketNotFound });
      // Closing twice is one effect.
      if (found.status === 'done' && found.takenBy === agent.uid) return reply.code(204).send();
      return reply
        .code(409)
        .send({ error: KIOSK_ERRORS.ticketNotYours, message: KIOSK_MESSAGES.ticketNotYours });
    },
  );
};
