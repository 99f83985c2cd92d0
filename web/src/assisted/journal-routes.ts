// The structure's journal, for its manager only. The journal has no route that changes it:
// lines are only added by the actions themselves (journal.ts has no update or delete).
import type { FastifyPluginAsync } from 'fastify';
import { requireAgent } from '../auth/agents.ts';
import type { Services } from '../services.ts';

export const assistedJournalRoutes: FastifyPluginAsync<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get('/api/agent/journal', { preHandler: requireAgent }, async (request, reply) => {
    const agent = request.agent;
    if (!agent) return reply.code(401).send();
    if (agent.role !== 'manager')
      return reply.code(403).send({
        error: 'manager_only',
        message: 'Le journal de la structure est réservé à son responsable.',
      });
    reply.header('cache-control', 'no-store');
    return { entries: await services.assisted.journal.forStructure(agent.siret) };
  });
};
