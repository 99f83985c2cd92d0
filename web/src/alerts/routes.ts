// The inbox of "Être alerté": the list (filters by category, read/unread, archived), the unread
// count the header asks on every page (0 for anonymous visitors), one alert with its delivery
// log, read/unread, archive, and the preferences matrix. Reading the inbox first runs the
// sources for the person, at most once an hour (durable marker), so that it is fresh.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  alertListQuery,
  archiveRequest,
  preferencesRequest,
  readRequest,
  type AlertCountResponse,
  type AlertListResponse,
  type PreferencesResponse,
} from '../../../src/shared/contracts/alerts.ts';
import { requireUser, type SessionUser } from '../auth/identity.ts';
import { badRequest } from '../routes/bad-request.ts';
import type { Services } from '../services.ts';
import { parisDay } from './calendar.ts';
import { noDeliveryLog, type DeliveryLog } from './delivery-log.ts';
import { runSources } from './sources/index.ts';
import { alertView } from './view.ts';

const HOUR = 60 * 60 * 1000;
const idParams = z.object({ id: z.string().min(1).max(64) });
const CHANGES = { rateLimit: { max: 60, timeWindow: 60_000 } };
const PREFERENCES = { rateLimit: { max: 30, timeWindow: 60_000 } };

const notFound = (reply: FastifyReply) =>
  reply.code(404).send({
    error: 'alert_not_found',
    message: 'Cette alerte n’existe pas ou n’est plus dans votre boîte.',
  });

const pivot = (u: SessionUser) => ({
  sub: u.sub,
  given_name: u.given_name,
  family_name: u.family_name,
  birthdate: u.birthdate,
  gender: u.gender,
  birthplace: u.birthplace,
  birthcountry: u.birthcountry,
});

export interface AlertRoutesOptions {
  readonly services: Services;
  readonly deliveries?: DeliveryLog;
}

export const alertRoutes: FastifyPluginAsync<AlertRoutesOptions> = async (app, o) => {
  const { services } = o;
  const log = o.deliveries ?? noDeliveryLog;
  const repo = services.alerts;

  /** Runs the sources when the last run is over an hour old; a failing source never breaks the inbox. */
  async function refresh(user: SessionUser) {
    const now = services.now();
    try {
      await repo.rememberPerson(user.sub, pivot(user));
      if (!(await repo.claimRun(user.sub, now, HOUR))) return;
      await runSources(services, user.sub, now, { person: pivot(user) });
      // The new alerts go out by push and e-mail at once (durable jobs of the delivery outbox).
      await services.alertChannels.delivery.queueFor(user.sub);
    } catch (error) {
      app.log.warn({ errorName: (error as Error).name }, 'alert sources failed');
    }
  }

  const withLog = async (alerts: Parameters<typeof alertView>[0][]) => {
    const logs = await log.forAlerts(alerts.map((a) => a.id));
    return alerts.map((a) => alertView(a, logs.get(a.id)));
  };

  app.get('/api/alertes/nombre', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const user = request.user;
    if (!user) return { unread: 0 } satisfies AlertCountResponse;
    const unread = await repo.unreadCount(user.sub, parisDay(services.now()));
    return { unread } satisfies AlertCountResponse;
  });

  app.get('/api/alertes', { preHandler: requireUser }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.code(401).send();
    const q = alertListQuery.safeParse(request.query);
    if (!q.success) return badRequest(reply, q.error);
    await refresh(user);
    const now = services.now();
    const today = parisDay(now);
    const archived = q.data.archivees === '1';
    const { matrix } = await repo.getPreferences(user.sub);
    const stored = await repo.forPerson(user.sub, {
      ...(q.data.categorie ? { category: q.data.categorie } : {}),
      archived,
      ...(q.data.lues ? { unread: q.data.lues === '0' } : {}),
      ...(archived ? {} : { validOn: today }),
    });
    // A category the person turned off "in the app" is not listed (its push still opens it).
    const shown = stored.filter((a) => matrix[a.category].inapp);
    reply.header('cache-control', 'no-store');
    const body: AlertListResponse = {
      alerts: await withLog(shown),
      unread: await repo.unreadCount(user.sub, today),
      syncedAt: now,
    };
    return body;
  });

  app.get('/api/alertes/preferences', { preHandler: requireUser }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const body: PreferencesResponse = await repo.getPreferences(request.user?.sub ?? '');
    return body;
  });

  app.put(
    '/api/alertes/preferences',
    { preHandler: requireUser, config: PREFERENCES },
    async (request, reply) => {
      const sub = request.user?.sub ?? '';
      const parsed = preferencesRequest.safeParse(request.body);
      if (!parsed.success) return badRequest(reply, parsed.error);
      await repo.putPreferences(sub, parsed.data.matrix, services.now());
      const body: PreferencesResponse = await repo.getPreferences(sub);
      return body;
    },
  );

  app.get('/api/alertes/:id', { preHandler: requireUser }, async (request, reply) => {
    const p = idParams.safeParse(request.params);
    const a = p.success ? await repo.get(request.user?.sub ?? '', p.data.id) : undefined;
    if (!a) return notFound(reply);
    reply.header('cache-control', 'no-store');
    const [alert] = await withLog([a]);
    return { alert };
  });

  app.post(
    '/api/alertes/:id/lu',
    { preHandler: requireUser, config: CHANGES },
    async (request, reply) => {
      const sub = request.user?.sub ?? '';
      const p = idParams.safeParse(request.params);
      if (!p.success) return notFound(reply);
      const parsed = readRequest.safeParse(request.body);
      if (!parsed.success) return badRequest(reply, parsed.error);
      if (!(await repo.markRead(sub, p.data.id, parsed.data.read, services.now())))
        return notFound(reply);
      const a = await repo.get(sub, p.data.id);
      if (!a) return notFound(reply);
      const [alert] = await withLog([a]);
      return { alert };
    },
  );

  app.post(
    '/api/alertes/:id/archiver',
    { preHandler: requireUser, config: CHANGES },
    async (request, reply) => {
      const sub = request.user?.sub ?? '';
      const p = idParams.safeParse(request.params);
      if (!p.success) return notFound(reply);
      const parsed = archiveRequest.safeParse(request.body);
      if (!parsed.success) return badRequest(reply, parsed.error);
      if (!(await repo.archive(sub, p.data.id, parsed.data.archived, services.now())))
        return notFound(reply);
      const a = await repo.get(sub, p.data.id);
      if (!a) return notFound(reply);
      const [alert] = await withLog([a]);
      return { alert };
    },
  );
};
