import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { identityModule } from './auth/identity.ts';
import { healthRoutes } from './routes/health.ts';
import { securityHeaders } from './plugins/security-headers.ts';
import { staticApp } from './plugins/static-app.ts';

/** Builds the whole server without listening, so tests drive it with inject(). */
export async function buildApp(config: Config): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    trustProxy: config.TRUST_PROXY,
  });
  await app.register(securityHeaders, { https: config.https });
  await app.register(healthRoutes);
  await app.register(identityModule, { publicUrl: config.publicUrl, https: config.https });
  await app.register(staticApp, { root: config.STATIC_DIR });
  return app;
}
