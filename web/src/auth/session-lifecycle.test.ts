// A link from another site to /auth/login does not log the person out; a start from the portal
// itself (or typed by the person) still replaces the session.
import { describe, expect, it } from 'vitest';
import {
  Browser,
  PUBLIC_URL,
  callback,
  loginUntilCallback,
  sidOf,
  useIdpAndRp,
} from './__fixtures__/harness.ts';

const env = useIdpAndRp();

async function loggedIn(): Promise<string> {
  const { sid, callback: cb } = await loginUntilCallback(
    env.rp,
    new Browser(),
    'thomas',
    'thomas-2026',
  );
  const done = await callback(env.rp, cb ?? '', sid);
  return sidOf(done.headers['set-cookie']) ?? '';
}

const me = (sid: string) =>
  env.rp.app.inject({ method: 'GET', url: '/api/me', cookies: { d360_sid: sid } });

describe('starting a login while logged in', () => {
  it('from another site keeps the session and goes where the link pointed', async () => {
    const sid = await loggedIn();
    const res = await env.rp.app.inject({
      method: 'GET',
      url: '/auth/login?returnTo=/demarches',
      cookies: { d360_sid: sid },
      headers: { 'sec-fetch-site': 'cross-site', referer: 'https://ailleurs.example/' },
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/demarches');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await me(sid)).statusCode).toBe(200);
  });

  it('without Fetch metadata, from a foreign referer, keeps the session too', async () => {
    const sid = await loggedIn();
    const res = await env.rp.app.inject({
      method: 'GET',
      url: '/auth/login',
      cookies: { d360_sid: sid },
      headers: { referer: 'https://ailleurs.example/page' },
    });
    expect(res.statusCode).toBe(303);
    expect((await me(sid)).statusCode).toBe(200);
  });

  it('from the portal itself starts a new login and ends the old session', async () => {
    const sid = await loggedIn();
    const res = await env.rp.app.inject({
      method: 'GET',
      url: '/auth/login',
      cookies: { d360_sid: sid },
      headers: { 'sec-fetch-site': 'same-origin', referer: `${PUBLIC_URL}/droits` },
    });
    expect(res.statusCode).toBe(302);
    expect(String(res.headers.location)).toContain(env.idp.issuer);
    expect((await me(sid)).statusCode).toBe(401);
  });
});
