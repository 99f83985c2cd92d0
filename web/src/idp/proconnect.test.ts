import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../auth/__fixtures__/harness.ts';
import { JwksVerifier } from '../auth/signed-userinfo.ts';
import { generateSigningKey } from './keys.ts';
import { startLocalProConnect } from './proconnect.ts';
import type { LocalIdp } from './server.ts';

const redirect = 'http://localhost:8180/auth/agent/callback';
const client = {
  clientId: 'agents',
  clientSecret: 'agents-secret-0123456789',
  redirectUris: [redirect],
  postLogoutRedirectUris: ['http://localhost:8180/'],
  name: 'Droits360 agents',
};
let idp: LocalIdp;
beforeAll(async () => {
  idp = await startLocalProConnect({
    host: '127.0.0.1',
    port: 0,
    client,
    key: generateSigningKey(),
    cookieSecret: 'proconnect-cookie-secret',
  });
});
afterAll(async () => {
  await idp.close();
});

describe('ProConnect-like provider', () => {
  it('logs an agent in and releases the pivot identity in a signed userinfo', async () => {
    const config = await oidc.discovery(
      new URL(idp.issuer),
      client.clientId,
      { id_token_signed_response_alg: 'ES256' },
      oidc.ClientSecretPost(client.clientSecret),
      // The local provider speaks plain HTTP on loopback.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      { execute: [oidc.allowInsecureRequests] },
    );
    const verifier = oidc.randomPKCECodeVerifier();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirect,
      scope: 'openid given_name usual_name email uid siret structure role',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: 's1',
      nonce: 'n1',
      acr_values: 'eidas1',
    });
    const browser = new Browser();
    const toLogin = await browser.go(url.href);
    const page = await browser.go(toLogin.location ?? '');
    expect(page.html).toContain('Claire Guichet');
    const action = /action="([^"]+)"/.exec(page.html)?.[1] ?? '';
    let step = await browser.go(new URL(action, idp.issuer).href, {
      method: 'POST',
      form: { login: 'agent-fs', password: 'agent-2026' },
    });
    while (step.location && !step.location.startsWith(redirect))
      step = await browser.go(step.location);
    const tokens = await oidc.authorizationCodeGrant(config, new URL(step.location ?? ''), {
      pkceCodeVerifier: verifier,
      expectedState: 's1',
      expectedNonce: 'n1',
      idTokenExpected: true,
    });
    expect(tokens.claims()?.acr).toBe('eidas1');
    const res = await oidc.fetchProtectedResource(
      config,
      tokens.access_token,
      new URL(config.serverMetadata().userinfo_endpoint ?? ''),
      'GET',
    );
    expect(res.headers.get('content-type')).toMatch(/^application\/jwt/);
    const claims = await new JwksVerifier(config.serverMetadata().jwks_uri ?? '', (u) =>
      fetch(u),
    ).verify(await res.text(), { issuer: idp.issuer, audience: client.clientId });
    expect(claims).toMatchObject({
      given_name: 'Claire',
      usual_name: 'Guichet',
      email: 'claire.guichet@example.org',
      siret: '99900000011112',
      uid: 'uid-agent-fs',
      structure: 'France Services Démo de Saint-Flour',
      role: 'agent',
    });
  });
});
