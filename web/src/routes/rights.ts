// GET /api/me/rights: the dashboard's data, every organisation at once, each with its status
// and the date of what is shown. `?refresh=1` skips the cache for organisations that answer.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../auth/identity.ts';
import type { Services } from '../services.ts';

const query = z.object({ refresh: z.enum(['0', '1']).optional() });

export const rightsRoutes: FastifyPluginAsync<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get('/api/me/rights', { preHandler: requireUser }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.code(401).send();
    const q = query.safeParse(request.query);
    await services.users.touch(user, services.now());
    return services.rights.forPerson(user, { refresh: q.success && q.data.refresh === '1' });
  });
};
