// The lighter share: the person shares one simulation through a code (24 hours at most,
// revocable); an adviser of any structure reads it, read-only. Each step is in the journal.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import {
  SHARE_CODE,
  SHARE_MAX_HOURS,
  shareRequest,
  type ShareView,
} from '../../../src/shared/contracts/assisted.ts';
import { requireAgent } from '../auth/agents.ts';
import { requireUser } from '../auth/identity.ts';
import { badRequest } from '../routes/bad-request.ts';
import type { Services } from '../services.ts';

const HOUR = 3_600_000;
const MAX_SITUATION_CHARS = 20_000;
const codeParams = z.object({ code: z.string().max(20) });
const normalise = (code: string) => code.trim().toUpperCase();
const noShare = {
  error: 'share_not_found',
  message:
    'Ce code de partage n’existe pas, a expiré (24 heures au plus) ou a été révoqué. Demandez à la personne un nouveau code.',
};

export const assistedShareRoutes: FastifyPluginAsync<{ services: Services }> = async (
  app,
  { services },
) => {
  const { shares, journal } = services.assisted;

  app.post('/api/me/partages', { preHandler: requireUser }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.code(401).send();
    const parsed = shareRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    if (JSON.stringify(parsed.data.situation).length > MAX_SITUATION_CHARS)
      return reply.code(400).send({
        error: 'invalid',
        message: 'La simulation à partager est trop longue.',
        fields: [{ path: 'situation', message: 'La simulation à partager est trop longue.' }],
      });
    const now = services.now();
    const created = await shares.create(
      { sub: user.sub, givenName: user.given_name },
      parsed.data.situation,
      now,
      SHARE_MAX_HOURS * HOUR,
    );
    await journal.append({
      action: 'partage-cree',
      at: now,
      mandateId: null,
      person: { sub: user.sub, givenName: user.given_name, familyName: user.family_name },
      structure: null,
      agent: null,
      domain: null,
      detail: `jusqu’au ${new Date(created.expiresAt).toISOString()}`,
    });
    return reply.code(201).send(created);
  });

  app.post(
    '/api/me/partages/:code/revoquer',
    { preHandler: requireUser },
    async (request, reply) => {
      const user = request.user;
      if (!user) return reply.code(401).send();
      const code = normalise(codeParams.safeParse(request.params).data?.code ?? '');
      const now = services.now();
      if (!SHARE_CODE.test(code) || !(await shares.revoke(user.sub, code, now)))
        return reply.code(404).send(noShare);
      await journal.append({
        action: 'partage-revoque',
        at: now,
        mandateId: null,
        person: { sub: user.sub, givenName: user.given_name, familyName: user.family_name },
        structure: null,
        agent: null,
        domain: null,
        detail: null,
      });
      return reply.code(204).send();
    },
  );

  // Guessing a code: 60 random bits, and 10 tries a minute for a session (NAMED_LIMITS; 30 logins a minute
  // from one address at most, each a new session).
  app.get('/api/agent/partages/:code', { preHandler: requireAgent }, async (request, reply) => {
    const agent = request.agent;
    if (!agent) return reply.code(401).send();
    const code = normalise(codeParams.safeParse(request.params).data?.code ?? '');
    const now = services.now();
    const share = SHARE_CODE.test(code) ? await shares.live(code, now) : undefined;
    if (!share) return reply.code(404).send(noShare);
    await journal.append({
      action: 'partage-consulte',
      at: now,
      mandateId: null,
      person: { sub: share.personSub, givenName: share.personGivenName, familyName: '' },
      structure: { siret: agent.siret, name: agent.structure },
      agent: { sub: agent.sub, givenName: agent.givenName, usualName: agent.usualName },
      domain: null,
      detail: null,
    });
    reply.header('cache-control', 'no-store');
    const body: ShareView = {
      code,
      situation: share.situation,
      createdAt: share.createdAt,
      expiresAt: share.expiresAt,
      person: { givenName: share.personGivenName },
    };
    return body;
  });
};
