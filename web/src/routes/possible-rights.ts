// GET /api/me/possible-rights: "Vous pourriez avoir droit à…", the engine run on the connected
// data for the current month (src/shared/contracts/possible-rights.ts).
import type { FastifyPluginAsync } from 'fastify';
import type { PossibleRightsResponse } from '../../../src/shared/contracts/possible-rights.ts';
import { requireUser } from '../auth/identity.ts';
import type { Services } from '../services.ts';
import { possibleRights } from '../situation/possible-rights.ts';
import { connectedSituation } from '../situation/situation.ts';

export const possibleRightsRoutes: FastifyPluginAsync<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get('/api/me/possible-rights', { preHandler: requireUser }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.code(401).send();
    const rights = await services.rights.forPerson(user);
    const body: PossibleRightsResponse = possibleRights(connectedSituation(rights, services.now()));
    return body;
  });
};
