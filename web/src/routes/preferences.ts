// The dashboard's arrangement (pinned and hidden cards), kept per person on the server so
// that it follows them from phone to kiosk.
import type { FastifyPluginAsync } from 'fastify';
import { requireUser } from '../auth/identity.ts';
import { dashboardPreferences } from '../db/preferences.ts';
import type { Services } from '../services.ts';
import { badRequest } from './bad-request.ts';

export const preferencesRoutes: FastifyPluginAsync<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get('/api/me/preferences', { preHandler: requireUser }, async (request) => {
    const { pinned, hidden } = await services.preferences.get(request.user?.sub ?? '');
    return { pinned, hidden };
  });

  app.put('/api/me/preferences', { preHandler: requireUser }, async (request, reply) => {
    const parsed = dashboardPreferences.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    await services.preferences.set(request.user?.sub ?? '', parsed.data, services.now());
    return parsed.data;
  });
};
