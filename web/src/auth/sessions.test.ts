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

async function loggedIn(): Promise<{ sid: string; csrf: string }> {
  const { sid, callback: cb } = await loginUntilCallback(
    env.rp,
    new Browser(),
    'sophie',
    'sophie-2026',
  );
  const done = await callback(env.rp, cb ?? '', sid);
  const newSid = sidOf(done.headers['set-cookie']) ?? '';
  const me = await env.rp.app.inject({
    method: 'GET',
    url: '/api/me',
    cookies: { d360_sid: newSid },
  });
  return { sid: newSid, csrf: me.json<{ csrfToken: string }>().csrfToken };
}

const me = (sid: string) =>
  env.rp.app.inject({ method: 'GET', url: '/api/me', cookies: { d360_sid: sid } });

describe('sessions', () => {
  it('answers 401 without a session', async () => {
    const res = await env.rp.app.inject({ method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthenticated' });
  });

  it('ends a session left idle longer than the idle timeout', async () => {
    const { sid } = await loggedIn();
    env.rp.clock.now += 14 * 60 * 1000;
    expect((await me(sid)).statusCode).toBe(200);
    env.rp.clock.now += 15 * 60 * 1000 + 1;
    expect((await me(sid)).statusCode).toBe(401);
    expect(await env.rp.repo.get(sid)).toBeUndefined();
  });

  it('ends a session past the absolute timeout even when used all along', async () => {
    const { sid } = await loggedIn();
    for (let i = 0; i < 4; i += 1) {
      env.rp.clock.now += 14 * 60 * 1000;
      expect((await me(sid)).statusCode).toBe(200);
    }
    env.rp.clock.now += 5 * 60 * 1000;
    expect((await me(sid)).statusCode).toBe(401);
  });

  it('writes the session at most once a minute, however many requests it serves', async () => {
    const { sid } = await loggedIn();
    const writes: string[] = [];
    const set = env.rp.repo.set.bind(env.rp.repo);
    env.rp.repo.set = (id, data) => {
      writes.push(id);
      return set(id, data);
    };
    try {
      for (let i = 0; i < 20; i += 1) expect((await me(sid)).statusCode).toBe(200);
      expect(writes).toEqual([]);
      env.rp.clock.now += 61_000;
      expect((await me(sid)).statusCode).toBe(200);
      expect(writes).toEqual([sid]);
    } finally {
      env.rp.repo.set = set;
    }
  });

  it('sweeps expired sessions from storage', async () => {
    const { sid } = await loggedIn();
    env.rp.clock.now += 16 * 60 * 1000;
    await env.rp.app.inject({ method: 'GET', url: '/api/me' });
    expect(await env.rp.repo.get(sid)).toBeDefined();
    const { Sessions } = await import('./sessions.ts');
    const sweeper = new Sessions(env.rp.repo, {
      idleMs: 15 * 60 * 1000,
      absoluteMs: 3600_000,
      now: () => env.rp.clock.now,
    });
    expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
    expect(await env.rp.repo.get(sid)).toBeUndefined();
  });
});

describe('CSRF', () => {
  const logout = (sid: string, headers: Record<string, string>) =>
    env.rp.app.inject({ method: 'POST', url: '/auth/logout', cookies: { d360_sid: sid }, headers });

  it('refuses a state-changing request without the session token', async () => {
    const { sid } = await loggedIn();
    const res = await logout(sid, { origin: PUBLIC_URL });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'csrf' });
    expect((await me(sid)).statusCode).toBe(200);
  });

  it('refuses a wrong token', async () => {
    const { sid, csrf } = await loggedIn();
    expect((await logout(sid, { origin: PUBLIC_URL, 'x-csrf-token': `${csrf}x` })).statusCode).toBe(
      403,
    );
  });

  it('refuses another origin, or no origin at all, even with the right token', async () => {
    const { sid, csrf } = await loggedIn();
    expect(
      (await logout(sid, { origin: 'https://evil.example', 'x-csrf-token': csrf })).statusCode,
    ).toBe(403);
    expect((await logout(sid, { 'x-csrf-token': csrf })).statusCode).toBe(403);
    expect(
      (await logout(sid, { referer: 'https://evil.example/page', 'x-csrf-token': csrf }))
        .statusCode,
    ).toBe(403);
    expect((await me(sid)).statusCode).toBe(200);
  });

  it('takes the token from the header only, not from a form body', async () => {
    const { sid, csrf } = await loggedIn();
    const res = await env.rp.app.inject({
      method: 'POST',
      url: '/auth/logout',
      cookies: { d360_sid: sid },
      headers: {
        origin: PUBLIC_URL,
        accept: 'application/json',
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: `csrf_token=${encodeURIComponent(csrf)}`,
    });
    expect(res.statusCode).toBe(403);
    expect((await me(sid)).statusCode).toBe(200);
    const fetched = await env.rp.app.inject({
      method: 'POST',
      url: '/auth/logout',
      cookies: { d360_sid: sid },
      headers: { origin: PUBLIC_URL, accept: 'application/json', 'x-csrf-token': csrf },
    });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json<{ logoutUrl: string }>().logoutUrl).toContain(
      `${env.idp.issuer}/session/end`,
    );
    expect((await me(sid)).statusCode).toBe(401);
  });
});
