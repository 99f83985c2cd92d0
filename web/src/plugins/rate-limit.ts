// Rate limits through @fastify/rate-limit, counted in the database (rate-limit-store.ts) so that
// they hold across processes: a ceiling per address on the whole API and the login, and named
// limits on what costs the most or invites guessing. A route may carry its own
// `config: { rateLimit: { max, timeWindow } }`; a named limit below applies when it has none.
// Every refusal is a French 429 with Retry-After.
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from '../http/errors.ts';
import { agentSessionId, kioskIdOf } from '../http/idempotency.ts';
import { sqlStore, type SqlRateCounter } from './rate-limit-store.ts';

const MINUTE = 60_000;

export interface NamedLimit {
  readonly max: number;
  readonly timeWindow: number;
}

/** The sensitive routes, by method and path pattern; counted per person, or per address. */
export const NAMED_LIMITS: Readonly<Record<string, NamedLimit>> = {
  'GET /auth/login': { max: 30, timeWindow: MINUTE },
  'GET /auth/callback': { max: 30, timeWindow: MINUTE },
  'GET /auth/agent/login': { max: 30, timeWindow: MINUTE },
  'GET /auth/agent/callback': { max: 30, timeWindow: MINUTE },
  'POST /api/me/documents': { max: 30, timeWindow: MINUTE },
  'GET /api/me/attestation.pdf': { max: 10, timeWindow: MINUTE },
  'POST /api/me/messages': { max: 20, timeWindow: MINUTE },
  'POST /api/me/error-reports': { max: 20, timeWindow: MINUTE },
  'POST /api/me/declarations': { max: 20, timeWindow: MINUTE },
  'POST /api/me/procedures': { max: 20, timeWindow: MINUTE },
  'DELETE /api/me/data': { max: 5, timeWindow: MINUTE },
  // Kiosks: guessing an enrolment code must be hopeless (60-bit codes, 10 tries per quarter
  // hour and address); a kiosk asks for a few tickets and checks in now and then.
  'POST /api/borne/enrolement': { max: 10, timeWindow: 15 * MINUTE },
  'POST /api/borne/tickets': { max: 12, timeWindow: 10 * MINUTE },
  'POST /api/borne/pointage': { max: 20, timeWindow: 10 * MINUTE },
  'POST /api/borne/retrait': { max: 10, timeWindow: MINUTE },
  'GET /api/borne/statut': { max: 60, timeWindow: MINUTE },
  'POST /api/agent/borne/codes': { max: 20, timeWindow: 10 * MINUTE },
  'POST /api/agent/tickets/:id/prendre': { max: 60, timeWindow: MINUTE },
  'POST /api/agent/tickets/:id/terminer': { max: 60, timeWindow: MINUTE },
  // Assisted mode: creating mandates, acting in a person's name, printing, and share codes
  // (60 random bits; ten lookups a minute for an agent's session makes guessing hopeless).
  'POST /api/agent/mandats': { max: 20, timeWindow: MINUTE },
  'POST /api/agent/mandats/:id/renouveler': { max: 20, timeWindow: MINUTE },
  'GET /api/agent/mandats/:id/mandat.pdf': { max: 10, timeWindow: MINUTE },
  'POST /api/agent/mandats/:id/demarches/:procedureId': { max: 20, timeWindow: MINUTE },
  'POST /api/agent/mandats/:id/declarations': { max: 20, timeWindow: MINUTE },
  'GET /api/mandats/consentement/:token': { max: 20, timeWindow: MINUTE },
  'POST /api/mandats/consentement/:token': { max: 20, timeWindow: MINUTE },
  'POST /api/me/partages': { max: 20, timeWindow: MINUTE },
  'GET /api/agent/partages/:code': { max: 10, timeWindow: MINUTE },
};

export interface RateLimitOptions {
  readonly counter: SqlRateCounter;
  /** Requests per minute from one address on /api and /auth, before any named limit. */
  readonly globalPerMinute: number;
  /** Multiplies every maximum (a load test or a fuzz run raises them all at once). */
  readonly scale: number;
}

const counted = (url: string) =>
  /^\/(api|auth)(\/|\?|$)/.test(url) && !url.startsWith('/api/health');

/**
 * A kiosk speaking with its token (several kiosks share a reception area's address), else the
 * person when logged in (several people share a France Services address), else the agent's
 * session of the assisted mode, else the address.
 */
export const personOrAddress = (request: FastifyRequest): string => {
  const kiosk = kioskIdOf(request);
  if (kiosk) return `k:${kiosk}`;
  if (request.user) return `u:${request.user.sub}`;
  const agent = agentSessionId(request);
  return agent ? `g:${agent}` : `a:${request.ip}`;
};

function inFrench(seconds: number): string {
  if (seconds <= 1) return '1 seconde';
  if (seconds < 120) return `${seconds} secondes`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

export function tooManyRequests(ttlMs: number): HttpError {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return new HttpError(
    429,
    'rate-limited',
    `Trop de demandes en peu de temps : patientez ${inFrench(seconds)} puis recommencez.`,
    { headers: { 'retry-after': String(seconds) } },
  );
}

const methods = (r: RouteOptions) => (Array.isArray(r.method) ? r.method : [r.method]);

const plugin: FastifyPluginAsync<RateLimitOptions> = async (app, o) => {
  const scaled = (max: number) => Math.max(1, Math.round(max * o.scale));

  // Before @fastify/rate-limit's own onRoute hook: give sensitive routes their named limit and
  // scale the limits other routes declare.
  app.addHook('onRoute', (route) => {
    const own = route.config?.rateLimit;
    if (own === false) return;
    const named = methods(route)
      .map((m) => NAMED_LIMITS[`${String(m)} ${route.url}`])
      .find((l) => l !== undefined);
    const limit = own ?? named;
    if (!limit) return;
    route.config = {
      ...route.config,
      rateLimit: {
        ...limit,
        ...(typeof limit.max === 'number' ? { max: scaled(limit.max) } : {}),
      },
    };
  });

  await app.register(rateLimit, {
    global: false,
    store: sqlStore(o.counter),
    keyGenerator: personOrAddress,
    errorResponseBuilder: (_request, context) => tooManyRequests(context.ttl),
  });

  const ceiling = app.createRateLimit({
    max: scaled(o.globalPerMinute),
    timeWindow: MINUTE,
    keyGenerator: (request) => `a:${request.ip}`,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!counted(request.url)) return;
    const r = await ceiling(request);
    if (r.isAllowed || !r.isExceeded) return;
    const error = tooManyRequests(r.ttl);
    for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
    throw error;
  });

  const sweep = setInterval(() => {
    o.counter.sweep().catch((error: unknown) => {
      app.log.error({ errorName: (error as Error).name }, 'rate limit sweep failed');
    });
  }, 5 * MINUTE);
  sweep.unref();
  app.addHook('onClose', () => {
    clearInterval(sweep);
  });
};

export const rateLimits = fp(plugin, { name: 'droits360-rate-limits', fastify: '5.x' });
