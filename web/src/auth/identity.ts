// What app.ts registers: the relying party and sessions from configuration, and — in local
// mode — the FranceConnect-like provider, started when the portal starts listening (so that
// building the app in tests never binds a port) and stopped with it.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { startLocalFranceConnect } from '../idp/franceconnect.ts';
import { generateSigningKey, parseSigningKey } from '../idp/keys.ts';
import type { LocalIdp } from '../idp/server.ts';
import { loadIdentityConfig } from './config.ts';
import { KIOSK_LOGOUT_RETURN, identityPlugin } from './plugin.ts';
import { RelyingParty } from './relying-party.ts';
import {
  MemorySessionRepository,
  Sessions,
  randomToken,
  type SessionRepository,
} from './sessions.ts';

export interface IdentityOptions {
  readonly publicUrl: string;
  readonly https: boolean;
  readonly env?: Record<string, string | undefined>;
  readonly repository?: SessionRepository;
}

async function identity(app: FastifyInstance, o: IdentityOptions) {
  const c = loadIdentityConfig(o.env ?? process.env);
  const clientSecret = c.clientSecret ?? randomToken();
  const redirectUri = new URL('/auth/callback', o.publicUrl).href;
  const postLogoutRedirectUri = new URL('/', o.publicUrl).href;
  const kioskReturn = new URL(KIOSK_LOGOUT_RETURN, o.publicUrl).href;
  // Set as soon as the portal listens; logins wait for the provider to be up.
  let started: Promise<LocalIdp> | undefined;
  const rp = new RelyingParty({
    issuer: async () => (started ? (await started).issuer : c.issuer),
    clientId: c.clientId,
    clientSecret,
    redirectUri,
    postLogoutRedirectUri,
    acr: c.acr,
  });
  const sessions = new Sessions(o.repository ?? new MemorySessionRepository(), {
    idleMs: c.idleMs,
    absoluteMs: c.absoluteMs,
    now: Date.now,
  });
  await app.register(identityPlugin, {
    publicUrl: o.publicUrl,
    secureCookies: o.https,
    rp,
    sessions,
  });

  const local = c.local;
  if (!local) return;
  app.addHook('onListen', async () => {
    started = startLocalFranceConnect({
      host: local.host,
      port: local.port,
      ...(local.port === 0 ? {} : { issuer: c.issuer }),
      key: local.signingJwk ? parseSigningKey(local.signingJwk) : generateSigningKey(),
      cookieSecret: randomToken(),
      client: {
        clientId: c.clientId,
        clientSecret,
        redirectUris: [redirectUri],
        postLogoutRedirectUris: [postLogoutRedirectUri, kioskReturn],
        unattendedPostLogoutRedirectUris: [kioskReturn],
        name: 'Droits360',
      },
    });
    const idp = await started;
    app.log.info(`FranceConnect local (démonstration) sur ${idp.issuer}`);
  });
  app.addHook('onClose', async () => {
    if (started) await (await started).close();
  });
}

export const identityModule = fp(identity, { name: 'droits360-identity-module', fastify: '5.x' });
export { requireUser } from './plugin.ts';
export type { SessionUser } from './sessions.ts';
