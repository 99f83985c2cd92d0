// The userinfo response must be a JWT signed by the provider's key (ES256): an unsigned one, one
// signed by another key, or plain JSON is refused even though the ID token was fine.
import { generateKeyPairSync, sign } from 'node:crypto';
import type { CustomFetch } from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalIdp } from '../idp/server.ts';
import {
  Browser,
  buildRp,
  callback,
  loginUntilCallback,
  startIdp,
} from './__fixtures__/harness.ts';

let idp: LocalIdp;
beforeAll(async () => {
  idp = await startIdp();
});
afterAll(async () => {
  await idp.close();
});

const b64 = (x: unknown) => Buffer.from(JSON.stringify(x)).toString('base64url');
const rogue = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

type Tamper = (jwt: string) => { body: string; type: string };

/** Passes every call through, but rewrites the userinfo response. */
function tampering(tamper: Tamper): CustomFetch {
  return async (url, options) => {
    const res = await fetch(url, options as RequestInit);
    if (new URL(url).pathname !== '/me') return res;
    const { body, type } = tamper(await res.text());
    return new Response(body, { status: 200, headers: { 'content-type': type } });
  };
}

const payloadOf = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >;

const cases: [string, Tamper, RegExp][] = [
  [
    'unsigned (alg none)',
    (jwt) => ({
      body: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payloadOf(jwt))}.`,
      type: 'application/jwt',
    }),
    /not a signed JWT|ES256/,
  ],
  [
    'signed with a rogue key under the provider’s kid',
    (jwt) => {
      const header = JSON.parse(
        Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString(),
      ) as Record<string, unknown>;
      const claims = { ...payloadOf(jwt), given_name: 'Usurpateur' };
      const input = `${b64(header)}.${b64(claims)}`;
      const sig = sign('sha256', Buffer.from(input), {
        key: rogue,
        dsaEncoding: 'ieee-p1363',
      }).toString('base64url');
      return { body: `${input}.${sig}`, type: 'application/jwt' };
    },
    /signature does not verify/,
  ],
  [
    'plain JSON instead of a signed JWT',
    (jwt) => ({ body: JSON.stringify(payloadOf(jwt)), type: 'application/json' }),
    /not a signed JWT/,
  ],
];

describe('signed userinfo', () => {
  it('accepts the genuine signed userinfo (control)', async () => {
    const rp = await buildRp(
      idp,
      tampering((jwt) => ({ body: jwt, type: 'application/jwt' })),
    );
    const { sid, callback: cb } = await loginUntilCallback(
      rp,
      new Browser(),
      'julien',
      'julien-2026',
    );
    expect((await callback(rp, cb ?? '', sid)).statusCode).toBe(303);
    await rp.app.close();
  });

  it.each(cases)('rejects a userinfo %s', async (_, tamper, reason) => {
    const rp = await buildRp(idp, tampering(tamper));
    const { sid, callback: cb } = await loginUntilCallback(
      rp,
      new Browser(),
      'julien',
      'julien-2026',
    );
    const res = await callback(rp, cb ?? '', sid);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Connexion impossible');
    expect(rp.logs.at(-1)).toMatch(/login rejected/);
    expect(rp.logs.at(-1)).toMatch(reason);
    await rp.app.close();
  });
});
