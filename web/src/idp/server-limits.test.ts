// The local providers' password form: guessing is slowed down (429 with Retry-After after ten
// wrong passwords for one login from one address) and an oversized form is a French 413.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, buildRp, startIdp, type Rp } from '../auth/__fixtures__/harness.ts';
import type { LocalIdp } from './server.ts';

let idp: LocalIdp;
let rp: Rp;
beforeAll(async () => {
  idp = await startIdp();
  rp = await buildRp(idp);
});
afterAll(async () => {
  await rp.app.close();
  await idp.close();
});

/** Opens the provider's login form for a fresh portal login; returns its absolute action. */
async function openForm(browser: Browser): Promise<string> {
  const start = await rp.app.inject({ method: 'GET', url: '/auth/login?returnTo=/droits' });
  const toLogin = await browser.go(String(start.headers.location));
  const page = await browser.go(toLogin.location ?? '');
  const action = /action="([^"]+)"/.exec(page.html)?.[1] ?? '';
  return new URL(action.replace(/&amp;/g, '&'), idp.issuer).href;
}

describe('local provider password form', () => {
  it('refuses guessing after ten wrong passwords, in French with Retry-After', async () => {
    const browser = new Browser();
    const action = await openForm(browser);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const res = await fetch(action, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: [...browser.jar].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        body: new URLSearchParams({ login: 'lucas', password: `faux-${i}` }).toString(),
      });
      statuses.push(res.status);
      const html = await res.text();
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(html).toContain('Trop de tentatives');
      }
    }
    expect(statuses.slice(0, 10)).toEqual(Array<number>(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Even the right password waits: the window is per login and address.
    const right = await browser.go(action, {
      method: 'POST',
      form: { login: 'lucas', password: 'lucas-2026' },
    });
    expect(right.status).toBe(429);
  });

  it('answers a form over 4 KB with a French 413, not a 500', async () => {
    const browser = new Browser();
    const action = await openForm(browser);
    const res = await browser.go(action, {
      method: 'POST',
      form: { login: 'nadia', password: 'x'.repeat(5000) },
    });
    expect(res.status).toBe(413);
    expect(res.html).toContain('trop longues');
  });
});
