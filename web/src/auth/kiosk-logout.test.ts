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

async function loggedIn(browser: Browser) {
  const { sid, callback: cb } = await loginUntilCallback(env.rp, browser);
  const done = await callback(env.rp, cb ?? '', sid);
  const newSid = sidOf(done.headers['set-cookie']) ?? '';
  const me = await env.rp.app.inject({
    method: 'GET',
    url: '/api/me',
    cookies: { d360_sid: newSid },
  });
  return { sid: newSid, csrf: me.json<{ csrfToken: string }>().csrfToken };
}

/** Follows the provider's end-session page as a browser would (its form posts itself). */
async function followEndSession(browser: Browser, url: string) {
  const page = await browser.go(url);
  expect(page.status).toBe(200);
  expect(page.html).not.toContain('Rester connecté');
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
  const action = /id="op.logoutForm"[^>]*action="([^"]+)"/.exec(page.html)?.[1] ?? '';
  const logout = /name="logout" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
  expect(logout).toBe('yes');
  return browser.go(new URL(action, url).href, { method: 'POST', form: { xsrf, logout } });
}

describe('kiosk reset: the portal and the provider sessions both end, back to /borne', () => {
  it('answers the end-session address with the kiosk return, which ends the provider session unasked', async () => {
    const browser = new Browser();
    const { sid, csrf } = await loggedIn(browser);
    const out = await env.rp.app.inject({
      method: 'POST',
      url: '/auth/logout?returnTo=/borne/efface&state=k3.d2.c1.p1',
      cookies: { d360_sid: sid },
      headers: { origin: PUBLIC_URL, 'x-csrf-token': csrf, accept: 'application/json' },
    });
    expect(out.statusCode).toBe(200);
    const end = new URL(out.json<{ logoutUrl: string }>().logoutUrl);
    expect(end.origin).toBe(env.idp.issuer);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/borne/efface`);
    expect(end.searchParams.get('state')).toBe('k3.d2.c1.p1');
    expect(end.searchParams.get('id_token_hint')).toBeTruthy();

    const ended = await followEndSession(browser, end.href);
    expect(ended.status).toBe(303);
    expect(ended.location).toBe(`${PUBLIC_URL}/borne/efface?state=k3.d2.c1.p1`);
    expect(browser.jar.has('_session')).toBe(false);

    // The next person's login asks for the password again.
    const start = await env.rp.app.inject({ method: 'GET', url: '/auth/login?returnTo=/droits' });
    const toInteraction = await browser.go(String(start.headers.location));
    const form = await browser.go(toInteraction.location ?? '');
    expect(form.html).toContain('Mot de passe');
  });

  it('still reaches the provider when the portal session has already expired', async () => {
    const browser = new Browser();
    const { sid } = await loggedIn(browser);
    await env.rp.repo.delete(sid);
    const out = await env.rp.app.inject({
      method: 'POST',
      url: '/auth/logout?returnTo=/borne/efface',
      cookies: { d360_sid: sid },
      headers: { origin: PUBLIC_URL, accept: 'application/json' },
    });
    expect(out.statusCode).toBe(200);
    const end = new URL(out.json<{ logoutUrl: string }>().logoutUrl);
    expect(end.searchParams.get('client_id')).toBe('droits360-test');
    const ended = await followEndSession(browser, end.href);
    expect(ended.location).toBe(`${PUBLIC_URL}/borne/efface`);
    expect(browser.jar.has('_session')).toBe(false);
  });

  it('keeps the question for an ordinary logout, and any other return address is ignored', async () => {
    const browser = new Browser();
    const { sid, csrf } = await loggedIn(browser);
    const out = await env.rp.app.inject({
      method: 'POST',
      url: '/auth/logout?returnTo=https://elsewhere.example/&state=<x>',
      cookies: { d360_sid: sid },
      headers: { origin: PUBLIC_URL, 'x-csrf-token': csrf, accept: 'application/json' },
    });
    const end = new URL(out.json<{ logoutUrl: string }>().logoutUrl);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/`);
    expect(end.searchParams.get('state')).toBeNull();
    const page = await browser.go(end.href);
    expect(page.html).toContain('Rester connecté');
    expect(page.html).not.toContain('<script');
  });
});
