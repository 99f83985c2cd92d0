// Agents' identity: a ProConnect-like login, sessions apart from people's (cookie `d360_agent`,
// their own CSRF token, 15 minutes idle), `request.agent`, and the local ProConnect-like
// provider started with the portal in local mode, as `identity.ts` does for FranceConnect.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { CSRF_REFUSAL, sameSecret } from '../http/secrets.ts';
import { startLocalProConnect, PROCONNECT_CLAIMS } from '../idp/proconnect.ts';
import { generateSigningKey } from '../idp/keys.ts';
import type { LocalIdp } from '../idp/server.ts';
import { loadAgentConfig } from './agents-config.ts';
import { AgentSessions, agentUser, type AgentSessionData } from './agents-sessions.ts';
import { loginErrorPage, type LoginFailure } from './error-page.ts';
import { RelyingParty } from './relying-party.ts';
import { randomToken } from './sessions.ts';

export interface AgentUser {
  sub: string;
  uid: string;
  givenName: string;
  usualName: string;
  email: string;
  siret: string;
  structure: string;
  role: 'agent' | 'manager';
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in agent (ProConnect), or null; independent of `request.user`. */
    agent: AgentUser | null;
    agentSession: { id: string; data: AgentSessionData } | null;
  }
}

/** Paths whose unsafe requests carry the agent's CSRF token rather than the person's. */
export const isAgentPath = (url: string): boolean =>
  /^\/(api\/agent|api\/accompagnement|auth\/agent)(\/|\?|$)/.test(url);

/** preHandler for routes that need a logged-in agent. */
export async function requireAgent(request: FastifyRequest, reply: FastifyReply) {
  if (!request.agent)
    await reply.code(401).send({
      error: 'agent_unauthenticated',
      message: 'Connectez-vous avec ProConnect pour accéder à l’espace conseiller.',
    });
}

export interface AgentIdentityOptions {
  readonly publicUrl: string;
  readonly https: boolean;
  readonly db: Kysely<Database>;
  readonly env?: Record<string, string | undefined>;
  readonly now?: () => number;
}

const safeReturnTo = (value: unknown): string =>
  typeof value === 'string' && /^\/(?![/\\])[\w\-./?=&%#]*$/.test(value)
    ? value
    : '/accompagnement';

async function agents(app: FastifyInstance, o: AgentIdentityOptions) {
  const c = loadAgentConfig(o.env ?? process.env);
  const clientSecret = c.clientSecret ?? randomToken();
  const redirectUri = new URL('/auth/agent/callback', o.publicUrl).href;
  const postLogoutRedirectUri = new URL('/accompagnement', o.publicUrl).href;
  const cookieName = o.https ? '__Host-d360_agent' : 'd360_agent';
  const sessions = new AgentSessions(o.db, {
    idleMs: c.idleMs,
    absoluteMs: c.absoluteMs,
    now: o.now ?? Date.now,
  });
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: o.https,
    maxAge: Math.floor(c.absoluteMs / 1000),
  };
  let started: Promise<LocalIdp> | undefined;
  const issuer = c.issuer;
  const rp = issuer
    ? new RelyingParty({
        issuer: async () => (started ? (await started).issuer : issuer),
        clientId: c.clientId,
        clientSecret,
        redirectUri,
        postLogoutRedirectUri,
        acr: 'eidas1',
        scope: ['openid', ...PROCONNECT_CLAIMS].join(' '),
      })
    : null;

  app.decorateRequest('agent', null);
  app.decorateRequest('agentSession', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') && !request.url.startsWith('/auth/')) return;
    const id = request.cookies[cookieName];
    const data = await sessions.read(id);
    if (id && data) {
      request.agentSession = { id, data };
      request.agent = data.agent ?? null;
    }
  });

  // The identity plugin checks the Origin of every unsafe request; on agents' paths the token
  // that goes with the agent's cookie is the agent session's own.
  app.addHook('preHandler', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || !isAgentPath(request.url)) return;
    if (!request.cookies[cookieName]) return;
    const header = request.headers['x-csrf-token'];
    const token = typeof header === 'string' ? header : '';
    if (!request.agentSession || !sameSecret(token, request.agentSession.data.csrfToken))
      await reply.code(403).send(CSRF_REFUSAL);
  });

  const fail = (reply: FastifyReply, status: number, kind: LoginFailure) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(loginErrorPage(kind));

  app.get('/auth/agent/login', async (request, reply) => {
    if (!rp) return fail(reply, 503, 'unavailable');
    const { returnTo } = request.query as { returnTo?: unknown };
    let begun;
    try {
      begun = await rp.start(safeReturnTo(returnTo), sessions.policy.now());
    } catch (error) {
      request.log.warn({ err: error }, 'ProConnect unreachable');
      return fail(reply, 503, 'unavailable');
    }
    if (request.agentSession) await sessions.delete(request.agentSession.id);
    const { id } = await sessions.create({ pending: begun.pending });
    return reply
      .setCookie(cookieName, id, cookieOptions)
      .header('cache-control', 'no-store')
      .redirect(begun.url, 302);
  });

  app.get('/auth/agent/callback', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const session = request.agentSession;
    const pending = session?.data.pending;
    if (!rp || !session || !pending) return fail(reply, 400, 'state');
    await sessions.delete(session.id);
    reply.clearCookie(cookieName, { path: '/' });
    if (typeof query.error === 'string')
      return fail(reply, 400, query.error === 'access_denied' ? 'denied' : 'idp');
    if (query.state !== pending.state || sessions.policy.now() - pending.createdAt > 10 * 60_000)
      return fail(reply, 400, 'state');
    let agent: AgentUser;
    let idToken: string;
    try {
      const done = await rp.finishClaims(new URL(request.url, o.publicUrl), pending);
      const cl = done.claims;
      agent = agentUser.parse({
        sub: cl.sub,
        uid: cl.uid,
        givenName: cl.given_name,
        usualName: cl.usual_name,
        email: cl.email,
        siret: cl.siret,
        structure: cl.structure,
        role: cl.role,
      });
      idToken = done.idToken;
    } catch (error) {
      request.log.warn({ err: error }, 'agent login rejected');
      return fail(reply, 400, 'idp');
    }
    const { id } = await sessions.create({ agent, idToken });
    return reply
      .setCookie(cookieName, id, cookieOptions)
      .header('cache-control', 'no-store')
      .redirect(pending.returnTo, 303);
  });

  app.post('/auth/agent/logout', async (request, reply) => {
    const idToken = request.agentSession?.data.idToken;
    if (request.agentSession) await sessions.delete(request.agentSession.id);
    reply.clearCookie(cookieName, { path: '/' }).header('cache-control', 'no-store');
    let target = postLogoutRedirectUri;
    try {
      if (rp) target = await rp.endSessionUrl(idToken);
    } catch (error) {
      request.log.warn({ err: error }, 'ProConnect unreachable at logout');
    }
    if ((request.headers.accept ?? '').includes('application/json'))
      return reply.send({ logoutUrl: target });
    return reply.redirect(target, 303);
  });

  app.get('/api/agent/me', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!request.agent || !request.agentSession)
      return reply.code(401).send({
        error: 'agent_unauthenticated',
        message: 'Vous n’êtes pas connecté à l’espace conseiller.',
      });
    return { agent: request.agent, csrfToken: request.agentSession.data.csrfToken };
  });

  const sweep = setInterval(() => {
    sessions.sweep().catch((error: unknown) => {
      app.log.error({ err: error }, 'agent session sweep failed');
    });
  }, 5 * 60_000);
  sweep.unref();
  app.addHook('onClose', () => {
    clearInterval(sweep);
  });

  const local = c.local;
  if (!local) return;
  app.addHook('onListen', async () => {
    started = startLocalProConnect({
      host: local.host,
      port: local.port,
      ...(local.port === 0 || !issuer ? {} : { issuer }),
      key: generateSigningKey(),
      cookieSecret: randomToken(),
      client: {
        clientId: c.clientId,
        clientSecret,
        redirectUris: [redirectUri],
        postLogoutRedirectUris: [postLogoutRedirectUri],
        name: 'Droits360 — espace conseiller',
      },
    });
    const idp = await started;
    app.log.info(`ProConnect local (démonstration) sur ${idp.issuer}`);
  });
  app.addHook('onClose', async () => {
    if (started) await (await started).close();
  });
}

export const agentIdentityModule = fp(agents, {
  name: 'droits360-agent-identity',
  fastify: '5.x',
  dependencies: ['droits360-identity-module'],
});
