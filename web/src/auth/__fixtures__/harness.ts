// Test harness: a real local FranceConnect on 127.0.0.1 (random port), the identity plugin in a
// bare Fastify app driven by inject(), and a tiny browser (cookie jar, manual redirects) for the
// provider's pages.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import formbody from '@fastify/formbody';
import type { CustomFetch } from 'openid-client';
import { generateSigningKey } from '../../idp/keys.ts';
import { startLocalFranceConnect } from '../../idp/franceconnect.ts';
import type { LocalIdp } from '../../idp/server.ts';
import { identityPlugin } from '../plugin.ts';
import { RelyingParty } from '../relying-party.ts';
import { MemorySessionRepository, Sessions } from '../sessions.ts';

export const PUBLIC_URL = 'http://localhost:8180';
export const client = {
  clientId: 'droits360-test',
  clientSecret: 'test-secret-with-enough-entropy-0123456789',
  redirectUris: [`${PUBLIC_URL}/auth/callback`],
  postLogoutRedirectUris: [`${PUBLIC_URL}/`, `${PUBLIC_URL}/borne/efface`],
  unattendedPostLogoutRedirectUris: [`${PUBLIC_URL}/borne/efface`],
  name: 'Droits360 (tests)',
};

export function startIdp(): Promise<LocalIdp> {
  return startLocalFranceConnect({
    host: '127.0.0.1',
    port: 0,
    client,
    key: generateSigningKey(),
    cookieSecret: 'idp-cookie-secret-for-tests-only',
  });
}

export interface Rp {
  app: FastifyInstance;
  repo: MemorySessionRepository;
  clock: { now: number };
  /** Warnings logged by the server (why a login was rejected). */
  logs: string[];
}

export async function buildRp(idp: LocalIdp, fetchOverride?: CustomFetch): Promise<Rp> {
  const clock = { now: Date.now() };
  const repo = new MemorySessionRepository();
  const sessions = new Sessions(repo, {
    idleMs: 15 * 60 * 1000,
    absoluteMs: 60 * 60 * 1000,
    now: () => clock.now,
  });
  const rp = new RelyingParty({
    issuer: idp.issuer,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    redirectUri: `${PUBLIC_URL}/auth/callback`,
    postLogoutRedirectUri: `${PUBLIC_URL}/`,
    acr: 'eidas1',
    ...(fetchOverride ? { fetch: fetchOverride } : {}),
  });
  const logs: string[] = [];
  const app = Fastify({
    logger: { level: 'warn', stream: { write: (line: string) => logs.push(line) } },
  });
  await app.register(formbody);
  await app.register(identityPlugin, { publicUrl: PUBLIC_URL, secureCookies: false, rp, sessions });
  await app.ready();
  return { app, repo, clock, logs };
}

/** A browser for the identity provider's origin: keeps cookies, never follows redirects. */
export class Browser {
  readonly jar = new Map<string, string>();
  async go(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (!value || expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const location = res.headers.get('location');
    return {
      status: res.status,
      location: location ? new URL(location, url).href : null,
      html: await res.text(),
    };
  }
}

export const sidOf = (setCookie: string | string[] | undefined): string | undefined => {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  for (const c of list) {
    const m = /^d360_sid=([^;]*)/.exec(c);
    if (m) return m[1];
  }
  return undefined;
};

/** Starts a login on the portal and logs in at the provider; returns the callback URL. */
export async function loginUntilCallback(
  rp: Rp,
  browser: Browser,
  login = 'nadia',
  password = 'nadia-2026',
) {
  const start = await rp.app.inject({ method: 'GET', url: '/auth/login?returnTo=/droits' });
  const sid = sidOf(start.headers['set-cookie']);
  const authorize = start.headers.location;
  if (start.statusCode !== 302 || !sid || typeof authorize !== 'string')
    throw new Error(`login start ${start.statusCode}`);
  const toInteraction = await browser.go(authorize);
  if (!toInteraction.location)
    throw new Error(`authorize ${toInteraction.status} ${toInteraction.html}`);
  const page = await browser.go(toInteraction.location);
  const action = /action="([^"]+)"/.exec(page.html)?.[1];
  if (!action) throw new Error('no login form');
  const posted = await browser.go(new URL(action, toInteraction.location).href, {
    method: 'POST',
    form: { login, password },
  });
  if (!posted.location) return { sid, callback: null, loginPage: posted };
  let step = await browser.go(posted.location);
  while (step.location && !step.location.startsWith(PUBLIC_URL))
    step = await browser.go(step.location);
  if (!step.location) throw new Error(`no callback ${step.status} ${step.html}`);
  return { sid, callback: step.location, loginPage: posted };
}

/** The callback on the portal, with the session cookie of the login that started it. */
export function callback(rp: Rp, url: string, sid: string) {
  const u = new URL(url);
  return rp.app.inject({
    method: 'GET',
    url: `${u.pathname}${u.search}`,
    cookies: { d360_sid: sid },
  });
}

/** A local provider and a relying party shared by one test file, closed after its tests. */
export function useIdpAndRp(): { readonly idp: LocalIdp; readonly rp: Rp } {
  const env = {} as { idp: LocalIdp; rp: Rp };
  beforeAll(async () => {
    env.idp = await startIdp();
    env.rp = await buildRp(env.idp);
  });
  afterAll(async () => {
    await env.rp.app.close();
    await env.idp.close();
  });
  return env;
}
