// Identity for the whole server: loads the session named by the cookie, decorates
// `request.user`, guards every state-changing /api and /auth request against CSRF, and serves
// /auth/login, /auth/callback, /auth/logout and /api/me.
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { CSRF_REFUSAL, sameSecret } from '../http/secrets.ts';
import { isAgentPath } from './agents.ts';
import { loginErrorPage, type LoginFailure } from './error-page.ts';
import type { RelyingParty } from './relying-party.ts';
import type { SessionData, Sessions, SessionUser } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in person, or null. */
    user: SessionUser | null;
    session: { id: string; data: SessionData } | null;
  }
}

export interface IdentityOptions {
  readonly publicUrl: string;
  readonly secureCookies: boolean;
  readonly rp: RelyingParty;
  readonly sessions: Sessions;
  /** How long a started login may wait for its callback. */
  readonly loginTtlMs?: number;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const guarded = (url: string) => url.startsWith('/api/') || url.startsWith('/auth/');

/**
 * Where a kiosk reset comes back after the provider's logout (registered at the provider as a
 * post-logout address that needs no confirmation: nobody is there to answer).
 */
export const KIOSK_LOGOUT_RETURN = '/borne/efface';
const STATE = /^[A-Za-z0-9._-]{1,64}$/;

// A kiosk's requests carry its token in the Authorization header, which another site cannot make
// a browser send (no CORS here): not ambient authority, so no person's CSRF token is asked of
// them (the kiosk may have no person session, or the session of the person at the screen).
const kioskBearer = (request: FastifyRequest) =>
  request.url.startsWith('/api/borne/') && /^Bearer \S/i.test(request.headers.authorization ?? '');

/** preHandler for routes that need a logged-in person. */
export async function requireUser(request: FastifyRequest, reply: FastifyReply) {
  if (!request.user)
    await reply
      .code(401)
      .send({ error: 'unauthenticated', message: 'Connectez-vous pour continuer.' });
}

function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\w\-./?=&%#]*$/.test(value) ? value : '/droits';
}

async function identity(app: FastifyInstance, o: IdentityOptions) {
  if (!app.hasRequestDecorator('cookies')) await app.register(cookie);
  const origin = new URL(o.publicUrl).origin;
  const cookieName = o.secureCookies ? '__Host-d360_sid' : 'd360_sid';
  const loginTtl = o.loginTtlMs ?? 10 * 60 * 1000;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: o.secureCookies,
    maxAge: Math.floor(o.sessions.policy.absoluteMs / 1000),
  };

  app.decorateRequest('user', null);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request) => {
    if (!guarded(request.url)) return;
    const id = request.cookies[cookieName];
    const data = await o.sessions.read(id);
    if (id && data) {
      request.session = { id, data };
      request.user = data.user ?? null;
    }
  });

  // Origin check on every unsafe request, plus the per-session token (X-CSRF-Token header)
  // whenever a session cookie gives the request ambient authority.
  app.addHook('preHandler', async (request, reply) => {
    if (!UNSAFE.has(request.method) || !guarded(request.url)) return;
    const claimed = request.headers.origin ?? refererOrigin(request.headers.referer);
    // Only the header: the portal posts no HTML forms, and a header cannot be set cross-site.
    const header = request.headers['x-csrf-token'];
    const token = typeof header === 'string' ? header : '';
    // A logout with a cookie that no longer names a session has nothing to protect (a kiosk
    // reset after the portal session expired must still clear it and reach the provider).
    const staleLogout = request.url.startsWith('/auth/logout') && request.session === null;
    const sessionOk =
      !request.cookies[cookieName] ||
      // Agents' paths carry the agent session's own token, checked by `agents.ts`: a person
      // logged in on the agent's computer does not block the agent.
      isAgentPath(request.url) ||
      staleLogout ||
      kioskBearer(request) ||
      (request.session !== null && sameSecret(token, request.session.data.csrfToken));
    if (claimed !== origin || !sessionOk) await reply.code(403).send(CSRF_REFUSAL);
  });

  const fail = (reply: FastifyReply, status: number, kind: LoginFailure) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(loginErrorPage(kind));

  app.get('/auth/login', async (request, reply) => {
    const { returnTo } = request.query as { returnTo?: unknown };
    // A link from another site must not log the person out: only a start from the portal itself
    // replaces a logged-in session.
    if (request.user && !fromThisSite(request, origin))
      return reply.header('cache-control', 'no-store').redirect(safeReturnTo(returnTo), 303);
    let started;
    try {
      started = await o.rp.start(safeReturnTo(returnTo), o.sessions.policy.now());
    } catch (error) {
      request.log.warn({ err: error }, 'identity provider unreachable');
      return fail(reply, 503, 'unavailable');
    }
    // A new id for every login attempt: an id planted before login is never promoted.
    if (request.session) await o.sessions.repo.delete(request.session.id);
    const { id } = await o.sessions.create({ pending: started.pending });
    return reply
      .setCookie(cookieName, id, cookieOptions)
      .header('cache-control', 'no-store')
      .redirect(started.url, 302);
  });

  app.get('/auth/callback', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const session = request.session;
    const pending = session?.data.pending;
    if (!session || !pending) return fail(reply, 400, 'state');
    // Single use: the transaction is consumed before anything else, success or not.
    await o.sessions.repo.delete(session.id);
    reply.clearCookie(cookieName, { path: '/' });
    if (typeof query.error === 'string')
      return fail(reply, 400, query.error === 'access_denied' ? 'denied' : 'idp');
    if (query.state !== pending.state || o.sessions.policy.now() - pending.createdAt > loginTtl)
      return fail(reply, 400, 'state');
    let result;
    try {
      result = await o.rp.finish(new URL(request.url, o.publicUrl), pending);
    } catch (error) {
      request.log.warn({ err: error }, 'login rejected');
      return fail(reply, 400, 'idp');
    }
    const { id } = await o.sessions.create({ user: result.user, idToken: result.idToken });
    return reply
      .setCookie(cookieName, id, cookieOptions)
      .header('cache-control', 'no-store')
      .redirect(pending.returnTo, 303);
  });

  // `?returnTo=/borne/efface` (a kiosk's reset): the provider's session is ended even when the
  // portal's has already expired (client_id instead of the ID token), and the provider sends
  // the device back to the kiosk, with `state` (the wipe's summary) passed through.
  app.post('/auth/logout', async (request, reply) => {
    const query = request.query as { returnTo?: unknown; state?: unknown };
    const kiosk = query.returnTo === KIOSK_LOGOUT_RETURN;
    const state = typeof query.state === 'string' && STATE.test(query.state) ? query.state : '';
    const idToken = request.session?.data.idToken;
    if (request.session) await o.sessions.repo.delete(request.session.id);
    reply.clearCookie(cookieName, { path: '/' }).header('cache-control', 'no-store');
    let target = kiosk ? `${origin}${KIOSK_LOGOUT_RETURN}` : `${origin}/`;
    try {
      target = await o.rp.endSessionUrl(
        idToken,
        kiosk
          ? {
              postLogoutRedirectUri: `${origin}${KIOSK_LOGOUT_RETURN}`,
              ...(state ? { state } : {}),
            }
          : {},
      );
    } catch (error) {
      request.log.warn({ err: error }, 'identity provider unreachable at logout');
    }
    if ((request.headers.accept ?? '').includes('application/json'))
      return reply.send({ logoutUrl: target });
    return reply.redirect(target, 303);
  });

  app.get('/api/me', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!request.user || !request.session)
      return reply
        .code(401)
        .send({ error: 'unauthenticated', message: 'Vous n’êtes pas connecté.' });
    return { user: request.user, csrfToken: request.session.data.csrfToken };
  });

  const sweep = setInterval(
    () => {
      o.sessions.sweep().catch((error: unknown) => {
        app.log.error({ err: error }, 'session sweep failed');
      });
    },
    5 * 60 * 1000,
  );
  sweep.unref();
  app.addHook('onClose', () => {
    clearInterval(sweep);
  });
}

/** The browser says the navigation started on the portal (Fetch metadata, else the Referer). */
function fromThisSite(request: FastifyRequest, origin: string): boolean {
  const site = request.headers['sec-fetch-site'];
  // 'none': typed or bookmarked by the person, which no other site can do for them.
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  return refererOrigin(request.headers.referer) === origin;
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

export const identityPlugin = fp(identity, { name: 'droits360-identity', fastify: '5.x' });
