// The assisted mode's routes (issue 11): mandates and consent, acting under a mandate, the
// journal, the lighter shares. Registered after the identities and the idempotency plugin.
import type { FastifyPluginAsync } from 'fastify';
import type { PersonFiles } from '../documents/index.ts';
import type { PdfPool } from '../pdf/pool.ts';
import type { Services } from '../services.ts';
import { assistedActingRoutes } from './acting-routes.ts';
import { assistedAgentRoutes } from './agent-routes.ts';
import { assistedJournalRoutes } from './journal-routes.ts';
import { assistedPersonRoutes } from './person-routes.ts';
import { assistedShareRoutes } from './share-routes.ts';

export const assistedRoutes: FastifyPluginAsync<{
  services: Services;
  files: PersonFiles;
  pdf: PdfPool;
}> = async (app, { services, files, pdf }) => {
  await app.register(assistedAgentRoutes, { services, pdf });
  await app.register(assistedActingRoutes, { services, files });
  await app.register(assistedPersonRoutes, { services });
  await app.register(assistedShareRoutes, { services });
  await app.register(assistedJournalRoutes, { services });
};
