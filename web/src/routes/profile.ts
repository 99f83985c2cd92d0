// GET /api/me/profile: what the organisations know about the person's household, shaped as
// the simulator's prefill profile (src/shared/contracts/profile.ts).
import type { FastifyPluginAsync } from 'fastify';
import type { ProfileResponse } from '../../../src/shared/contracts/profile.ts';
import { requireUser } from '../auth/identity.ts';
import type { Services } from '../services.ts';
import { profileOf } from '../situation/profile.ts';
import { connectedSituation } from '../situation/situation.ts';

export const profileRoutes: FastifyPluginAsync<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get('/api/me/profile', { preHandler: requireUser }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.code(401).send();
    const rights = await services.rights.forPerson(user);
    const body: ProfileResponse = profileOf(connectedSituation(rights, services.now()));
    return body;
  });
};
