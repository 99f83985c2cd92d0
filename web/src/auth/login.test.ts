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

describe('FranceConnect-like login round trip', () => {
  it('logs in, exposes the verified identity, then logs out of the portal and of the provider', async () => {
    const browser = new Browser();
    const { sid, callback: cb } = await loginUntilCallback(env.rp, browser);
    const authorize = new URL(cb ?? '');
    expect(authorize.searchParams.get('code')).toBeTruthy();

    const done = await callback(env.rp, cb ?? '', sid);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/droits');
    const newSid = sidOf(done.headers['set-cookie']);
    expect(newSid).toBeTruthy();
    expect(newSid).not.toBe(sid); // rotated on login
    expect(String(done.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect(String(done.headers['set-cookie'])).toMatch(/SameSite=Lax/);

    const me = await env.rp.app.inject({
      method: 'GET',
      url: '/api/me',
      cookies: { d360_sid: newSid ?? '' },
    });
    expect(me.statusCode).toBe(200);
    const body = me.json<{ user: Record<string, string>; csrfToken: string }>();
    expect(body.user).toMatchObject({
      given_name: 'Nadia Louise',
      family_name: 'Exemple',
      birthdate: '1990-04-12',
      gender: 'female',
      birthplace: '59350',
      birthcountry: '99100',
      email: 'nadia.exemple@example.org',
      acr: 'eidas1',
    });
    expect(body.user.sub).toMatch(/^[0-9a-f]{64}v1$/);
    expect(JSON.stringify(body)).not.toContain('eyJ'); // the ID token stays on the server

    // The pre-login session id is dead.
    const old = await env.rp.app.inject({
      method: 'GET',
      url: '/api/me',
      cookies: { d360_sid: sid },
    });
    expect(old.statusCode).toBe(401);

    expect(browser.jar.has('_session')).toBe(true);
    const out = await env.rp.app.inject({
      method: 'POST',
      url: '/auth/logout',
      cookies: { d360_sid: newSid ?? '' },
      headers: { origin: PUBLIC_URL, 'x-csrf-token': body.csrfToken },
    });
    expect(out.statusCode).toBe(303);
    const endSession = new URL(String(out.headers.location));
    expect(endSession.origin).toBe(env.idp.issuer);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/`);
    const gone = await env.rp.app.inject({
      method: 'GET',
      url: '/api/me',
      cookies: { d360_sid: newSid ?? '' },
    });
    expect(gone.statusCode).toBe(401);

    // The provider asks for confirmation (French page, no script), then ends its own session.
    const confirm = await browser.go(endSession.href);
    expect(confirm.status).toBe(200);
    expect(confirm.html).toContain('Me déconnecter');
    expect(confirm.html).not.toContain('<script');
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.html)?.[1] ?? '';
    const action =
      /id="op.logoutForm"[^>]*action="([^"]+)"|action="([^"]+)"[^>]*id="op.logoutForm"/.exec(
        confirm.html,
      );
    const ended = await browser.go(new URL(action?.[1] ?? action?.[2] ?? '', endSession).href, {
      method: 'POST',
      form: { xsrf, logout: 'yes' },
    });
    expect(ended.status).toBe(303);
    expect(ended.location).toBe(`${PUBLIC_URL}/`);
    expect(browser.jar.has('_session')).toBe(false);
  });

  it('shows a French error on a wrong password and keeps the typed login', async () => {
    const { callback: cb, loginPage } = await loginUntilCallback(
      env.rp,
      new Browser(),
      'nadia',
      'wrong',
    );
    expect(cb).toBeNull();
    expect(loginPage.status).toBe(401);
    expect(loginPage.html).toContain('Identifiant ou mot de passe incorrect');
    expect(loginPage.html).toContain('value="nadia"');
    expect(loginPage.html).toContain('role="alert"');
  });
});

describe('login rejections', () => {
  const expectRejected = (res: { statusCode: number; body: string }, reason?: RegExp) => {
    expect(res.statusCode).toBe(400);
    if (reason) expect(env.rp.logs.at(-1)).toMatch(reason);
    expect(res.body).toContain('Connexion impossible');
    expect(res.body).not.toMatch(/at .*\.ts|Error:/);
  };

  it('rejects a forged state', async () => {
    const { sid, callback: cb } = await loginUntilCallback(env.rp, new Browser());
    const forged = new URL(cb ?? '');
    forged.searchParams.set('state', 'forged-state');
    expectRejected(await callback(env.rp, forged.href, sid));
  });

  it('rejects a callback without the browser session that started the login', async () => {
    const { callback: cb } = await loginUntilCallback(env.rp, new Browser());
    expectRejected(await callback(env.rp, cb ?? '', 'someone-else'));
  });

  it('rejects a replayed code, at the portal and at the provider', async () => {
    const browser = new Browser();
    const { sid, callback: cb } = await loginUntilCallback(env.rp, browser);
    expect((await callback(env.rp, cb ?? '', sid)).statusCode).toBe(303);
    expectRejected(await callback(env.rp, cb ?? '', sid));

    // A fresh login transaction with the old code: the provider refuses the used code.
    const next = await env.rp.app.inject({ method: 'GET', url: '/auth/login' });
    const nextSid = sidOf(next.headers['set-cookie']) ?? '';
    const nextState = new URL(String(next.headers.location)).searchParams.get('state') ?? '';
    const replay = new URL(cb ?? '');
    replay.searchParams.set('state', nextState);
    expectRejected(
      await callback(env.rp, replay.href, nextSid),
      /invalid_grant|grant request is invalid/,
    );
  });

  it('rejects an ID token whose nonce is not the one sent', async () => {
    const { sid, callback: cb } = await loginUntilCallback(env.rp, new Browser());
    const stored = await env.rp.repo.get(sid);
    if (!stored?.pending) throw new Error('no pending login');
    await env.rp.repo.set(sid, {
      ...stored,
      pending: { ...stored.pending, nonce: 'another-nonce' },
    });
    expectRejected(await callback(env.rp, cb ?? '', sid), /nonce/);
  });

  it('rejects an expired login transaction', async () => {
    const { sid, callback: cb } = await loginUntilCallback(env.rp, new Browser());
    const stored = await env.rp.repo.get(sid);
    if (!stored?.pending) throw new Error('no pending login');
    await env.rp.repo.set(sid, {
      ...stored,
      pending: { ...stored.pending, createdAt: stored.pending.createdAt - 11 * 60 * 1000 },
    });
    expectRejected(await callback(env.rp, cb ?? '', sid));
  });

  it('shows a French page when the person cancels at the provider', async () => {
    const start = await env.rp.app.inject({ method: 'GET', url: '/auth/login' });
    const sid = sidOf(start.headers['set-cookie']) ?? '';
    const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
    const res = await callback(
      env.rp,
      `${PUBLIC_URL}/auth/callback?error=access_denied&state=${state}`,
      sid,
    );
    expectRejected(res);
    expect(res.body).toContain('annulée');
  });

  it('never redirects outside the portal after login', async () => {
    const start = await env.rp.app.inject({
      method: 'GET',
      url: '/auth/login?returnTo=//evil.example/',
    });
    const sid = sidOf(start.headers['set-cookie']) ?? '';
    expect((await env.rp.repo.get(sid))?.pending?.returnTo).toBe('/droits');
  });
});
