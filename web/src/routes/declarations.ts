// "Dites-le nous une fois": which organisations a change concerns (and why), the declaration
// itself, sent through the durable outbox once the person agreed, and its receipts.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { OrganisationBlock } from '../../../src/shared/contracts/rights.ts';
import { declarationRequest } from '../../../src/shared/contracts/declarations.ts';
import { requireUser, type SessionUser } from '../auth/identity.ts';
import type { Services } from '../services.ts';
import { badRequest } from './bad-request.ts';

const FAMILY = new Set(['caf', 'msa', 'cpam', 'impots', 'cnav', 'agirc-arrco']);
const kindQuery = z.object({ kind: z.enum(['address', 'contact', 'family']) });

type Reason = 'pays-benefits' | 'tax-household' | 'health-cover' | 'employment' | 'holds-file';
function reason(b: OrganisationBlock): Reason {
  if (b.record?.rights.some((r) => r.status === 'en-cours' && r.kind !== 'couverture'))
    return 'pays-benefits';
  if (b.id === 'impots') return 'tax-household';
  if (b.id === 'cpam') return 'health-cover';
  if (b.id === 'urssaf' || b.id === 'france-travail') return 'employment';
  return 'holds-file';
}

export const declarationRoutes: FastifyPluginAsync<{ services: Services }> = async (
  app,
  { services },
) => {
  const recipients = async (user: SessionUser, kind: string) => {
    const rights = await services.rights.forPerson(user);
    return rights.organisations
      .filter((b) => b.record !== undefined && (kind !== 'family' || FAMILY.has(b.id)))
      .map((b) => ({ organisation: b.id, reason: reason(b) }));
  };

  app.get(
    '/api/me/declarations/recipients',
    { preHandler: requireUser },
    async (request, reply) => {
      const q = kindQuery.safeParse(request.query);
      if (!q.success) return badRequest(reply, q.error);
      if (!request.user) return reply.code(401).send();
      return { recipients: await recipients(request.user, q.data.kind) };
    },
  );

  app.get('/api/me/declarations', { preHandler: requireUser }, async (request) => ({
    declarations: await services.outbox.listForUser(request.user?.sub ?? ''),
  }));

  app.post('/api/me/declarations', { preHandler: requireUser }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.code(401).send();
    const parsed = declarationRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    const { content, organisations } = parsed.data;
    const allowed = new Set((await recipients(user, content.kind)).map((r) => r.organisation));
    const unknown = organisations.filter((o) => !allowed.has(o as never));
    if (unknown.length)
      return reply.code(400).send({
        error: 'invalid',
        message: 'Certaines informations sont à corriger.',
        fields: [
          { path: 'organisations', message: `organisme non concerné : ${unknown.join(', ')}` },
        ],
      });
    const id = await services.outbox.enqueue(
      { userSub: user.sub, kind: content.kind, payload: content },
      organisations,
      services.now(),
    );
    services.worker.kick((error) => {
      app.log.error({ err: error }, 'outbox delivery failed');
    });
    const mine = await services.outbox.listForUser(user.sub);
    return reply.code(202).send(mine.find((d) => d.id === id));
  });
};
