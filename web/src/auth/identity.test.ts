// The quick-start wiring: the local provider starts when the portal listens and stops with it.
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { identityModule } from './identity.ts';

describe('identity module', () => {
  it('starts the local provider with the portal, sends logins to it, and stops it on close', async () => {
    const app = Fastify({ logger: false });
    await app.register(identityModule, {
      publicUrl: 'http://localhost:8180',
      https: false,
      env: { IDP_HOST: '127.0.0.1', IDP_PORT: '0' },
    });
    const before = await app.inject({ method: 'GET', url: '/auth/login' });
    expect(before.statusCode).toBe(503); // not listening yet: no provider, a French page
    expect(before.body).toContain('momentanément indisponible');

    await app.listen({ host: '127.0.0.1', port: 0 });
    const res = await app.inject({ method: 'GET', url: '/auth/login' });
    expect(res.statusCode).toBe(302);
    const authorize = new URL(String(res.headers.location));
    expect(authorize.hostname).toBe('127.0.0.1');
    expect(authorize.searchParams.get('acr_values')).toBe('eidas1');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe('http://localhost:8180/auth/callback');
    const discovery = `${authorize.origin}/.well-known/openid-configuration`;
    expect((await fetch(discovery)).status).toBe(200);

    await app.close();
    await expect(fetch(discovery)).rejects.toThrow();
  });
});
