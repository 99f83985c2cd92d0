import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { Config } from './config.ts';
import { assistedRoutes } from './assisted/index.ts';
import { alertChannelRoutes } from './alerts/delivery/routes.ts';
import { alertRoutes } from './alerts/routes.ts';
import { agentIdentityModule } from './auth/agents.ts';
import { identityModule } from './auth/identity.ts';
import { SqlSessionRepository } from './auth/session-repository-sql.ts';
import { openMigratedDatabase, sessionsDb, type Db } from './db/database.ts';
import { documentConfig } from './documents/config.ts';
import { personFiles } from './documents/index.ts';
import { idempotency, IdempotencyStore } from './http/idempotency.ts';
import { kioskIdentityPlugin } from './kiosk/identity.ts';
import { kioskRoutes } from './kiosk/routes.ts';
import { buildDeliver } from './jobs/deliveries.ts';
import {
  clientErrorHandler,
  errorShape,
  frameworkErrors,
  requestForLog,
} from './plugins/errors.ts';
import { jsonBody } from './plugins/json-body.ts';
import { rateLimits } from './plugins/rate-limit.ts';
import { SqlRateCounter } from './plugins/rate-limit-store.ts';
import { securityHeaders } from './plugins/security-headers.ts';
import { PdfPool } from './pdf/pool.ts';
import { staticApp } from './plugins/static-app.ts';
import { attestationRoutes } from './routes/attestation.ts';
import { communeRoutes } from './routes/communes.ts';
import { declarationRoutes } from './routes/declarations.ts';
import { documentRoutes } from './routes/documents.ts';
import { errorReportRoutes } from './routes/error-reports.ts';
import { healthRoutes } from './routes/health.ts';
import { messageRoutes } from './routes/messages.ts';
import { personalDataRoutes } from './routes/personal-data.ts';
import { possibleRightsRoutes } from './routes/possible-rights.ts';
import { preferencesRoutes } from './routes/preferences.ts';
import { profileRoutes } from './routes/profile.ts';
import { procedureRoutes } from './routes/procedures.ts';
import { rightsRoutes } from './routes/rights.ts';
import { buildServices, type ServiceOverrides, type Services } from './services.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The server's services, for the jobs and for tests that need to wait on them. */
    readonly services: Services;
  }
}

export interface AppOverrides extends ServiceOverrides {
  /** An already open database (tests share it to create sessions); closed by its owner. */
  readonly db?: Db;
  /** Told of every route as it is registered (the fuzz test enumerates them). */
  readonly onRoute?: (route: RouteOptions) => void;
  /** Where the log goes (tests read it); standard output by default. */
  readonly logStream?: NodeJS.WritableStream;
}

const DAY = 24 * 60 * 60 * 1000;
/** Cached answers of the organisations are kept at most this long. */
const CACHE_MAX_AGE = 30 * DAY;

/** Builds the whole server without listening, so tests drive it with inject(). */
export async function buildApp(config: Config, o: AppOverrides = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.LOG_LEVEL === 'silent'
        ? false
        : {
            level: config.LOG_LEVEL,
            serializers: { req: requestForLog },
            ...(o.logStream ? { stream: o.logStream } : {}),
          },
    trustProxy: config.TRUST_PROXY,
    frameworkErrors,
    clientErrorHandler,
  });
  if (o.onRoute) app.addHook('onRoute', o.onRoute);
  const db =
    o.db ??
    (await openMigratedDatabase({ url: config.DATABASE_URL, sqliteFile: config.SQLITE_FILE }));
  if (!o.db) app.addHook('onClose', () => db.close());
  const services = buildServices(
    config,
    db,
    (org, error) => {
      app.log.warn({ err: error, organisation: org }, 'organisation call failed');
    },
    o,
  );

  app.decorate('services', services);
  const sessionRepository = new SqlSessionRepository(sessionsDb(db.db), config.SESSION_SECRET);
  await app.register(errorShape);
  await app.register(jsonBody);
  await app.register(rateLimits, {
    counter: new SqlRateCounter(db.db, services.now),
    globalPerMinute: config.RATE_LIMIT_PER_MINUTE,
    scale: config.RATE_LIMIT_SCALE,
  });
  await app.register(securityHeaders, { https: config.https, trustProxy: config.TRUST_PROXY });
  await app.register(healthRoutes);
  await app.register(identityModule, {
    publicUrl: config.publicUrl,
    https: config.https,
    repository: sessionRepository,
  });
  await app.register(agentIdentityModule, {
    publicUrl: config.publicUrl,
    https: config.https,
    db: db.db,
    now: services.now,
  });
  await app.register(kioskIdentityPlugin, {
    kiosks: services.kiosks,
    operatorToken: config.OPERATOR_TOKEN,
  });
  // After the identity (CSRF checked, person known), before every state-changing route.
  await app.register(idempotency, { store: new IdempotencyStore(db.db, services.now) });
  await app.register(rightsRoutes, { services });
  await app.register(possibleRightsRoutes, { services });
  await app.register(profileRoutes, { services });
  await app.register(preferencesRoutes, { services });
  await app.register(errorReportRoutes, { services });
  const files = personFiles(
    db.db,
    documentConfig(process.env, config.SQLITE_FILE),
    buildDeliver(config.connectors, services.inbox),
  );
  await app.register(personalDataRoutes, { services, files, sessions: sessionRepository });
  // One pool of PDF threads for the attestation and the assisted mode's mandate.
  const pdf = new PdfPool();
  app.addHook('onClose', () => pdf.close());
  await app.register(attestationRoutes, { services, pdf });
  await app.register(declarationRoutes, { services });
  await app.register(documentRoutes, { documents: files.documents });
  await app.register(procedureRoutes, { services, files });
  await app.register(messageRoutes, { services, files });
  await app.register(assistedRoutes, { services, files, pdf });
  await app.register(communeRoutes);
  await app.register(kioskRoutes, { services, demoData: config.demoData });
  await app.register(alertRoutes, { services, deliveries: services.alertChannels.deliveries });
  await app.register(alertChannelRoutes, {
    channels: services.alertChannels,
    alerts: services.alertChannels.alerts,
    operatorToken: config.OPERATOR_TOKEN,
    now: services.now,
  });
  await app.register(staticApp, { root: config.STATIC_DIR });

  const sweep = setInterval(() => {
    services.cache.deleteOlderThan(services.now() - CACHE_MAX_AGE).catch((error: unknown) => {
      app.log.error({ err: error }, 'connector cache sweep failed');
    });
  }, DAY);
  sweep.unref();
  // Retries become due over time: poll for them once the server really runs.
  app.addHook('onListen', async () => {
    services.worker.start(5000, (error) => {
      app.log.error({ err: error }, 'outbox delivery failed');
    });
    services.alertChannels.scheduler.start(config.JOBS_POLL_MS, (error) => {
      app.log.error({ err: error }, 'alert scheduler failed');
    });
  });
  app.addHook('onClose', async () => {
    clearInterval(sweep);
    await services.worker.stop();
    await services.alertChannels.scheduler.stop();
  });
  return app;
}
