// "Signaler une erreur" on any piece of data: the report is stored, forwarded to the
// organisation that holds the data (the sandbox acknowledges at once) and tracked.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { CONNECTED_ORGANISATIONS } from '../../../src/shared/contracts/rights.ts';
import { requireUser } from '../auth/identity.ts';
import { newErrorReport } from '../db/error-reports.ts';
import type { Services } from '../services.ts';
import { badRequest } from './bad-request.ts';

const body = newErrorReport.extend({
  organisation: z.enum(CONNECTED_ORGANISATIONS, { error: 'organisme inconnu' }),
});

export const errorReportRoutes: FastifyPluginAsync<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get('/api/me/error-reports', { preHandler: requireUser }, async (request) => ({
    reports: await services.reports.list(request.user?.sub ?? ''),
  }));

  app.get('/api/me/error-reports/:id', { preHandler: requireUser }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const report = await services.reports.get(request.user?.sub ?? '', id);
    if (!report)
      return reply.code(404).send({ error: 'not_found', message: 'Signalement introuvable.' });
    return report;
  });

  app.post('/api/me/error-reports', { preHandler: requireUser }, async (request, reply) => {
    const parsed = body.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    const sub = request.user?.sub ?? '';
    const created = await services.reports.create(sub, parsed.data, services.now());
    // Forwarding to a sandbox cannot fail; a real organisation would go through the outbox.
    await services.reports.advance(created.id, 'forwarded', null, services.now());
    return reply.code(201).send(await services.reports.get(sub, created.id));
  });
};
