import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { expectPortalError } from '../http/__fixtures__/portal-error.ts';
import { testApp, type TestApp } from '../routes/__fixtures__/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ RATE_LIMIT_PER_MINUTE: '40' });
});
afterAll(() => t.close());

describe('rate limits', () => {
  it('limits anonymous login starts per address, with a French 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 32; i += 1) {
      last = await t.app.inject({ url: '/auth/login', remoteAddress: '203.0.113.7' });
      statuses.push(last.statusCode);
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    expectPortalError(last?.body ?? '', 'rate-limited');
    // A browser following a login link gets a French page, not JSON.
    const page = await t.app.inject({
      url: '/auth/login',
      remoteAddress: '203.0.113.7',
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(page.statusCode).toBe(429);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Trop de demandes');
    // Another address is not affected.
    const other = await t.app.inject({ url: '/auth/login', remoteAddress: '203.0.113.8' });
    expect(other.statusCode).not.toBe(429);
  });

  it('counts in the database: a second server process sees the same counters', async () => {
    const second = await buildApp(
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        STATIC_DIR: '/nonexistent',
        RATE_LIMIT_PER_MINUTE: '40',
      }),
      { db: t.db },
    );
    const headers = await t.loginAs('marcel-modele');
    const codes: number[] = [];
    // Error reports: 20 a minute per person; an empty report is refused (400) but counted.
    for (let i = 0; i < 22; i += 1) {
      const app = i % 2 === 0 ? t.app : second;
      const res = await app.inject({
        method: 'POST',
        url: '/api/me/error-reports',
        headers,
        payload: {},
      });
      codes.push(res.statusCode);
    }
    await second.close();
    expect(codes.slice(0, 20).every((c) => c === 400)).toBe(true);
    expect(codes.slice(20)).toEqual([429, 429]);
  });

  it('puts a ceiling per address on the whole API', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 42; i += 1)
      codes.push(
        (await t.app.inject({ url: '/api/me', remoteAddress: '198.51.100.1' })).statusCode,
      );
    expect(codes.slice(0, 40).every((c) => c === 401)).toBe(true);
    expect(codes.slice(40)).toEqual([429, 429]);
    // The health check stays outside the ceiling.
    const health = await t.app.inject({ url: '/api/health', remoteAddress: '198.51.100.1' });
    expect(health.statusCode).toBe(200);
  });

  it('honours a route’s own config.rateLimit, as other features declare it', async () => {
    const app = await buildApp(
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STATIC_DIR: '/nonexistent' }),
      { db: t.db },
    );
    app.post(
      '/api/borne/test-limit',
      { config: { rateLimit: { max: 2, timeWindow: '1 minute' } } },
      () => ({ ok: true }),
    );
    const origin = 'http://localhost:8080';
    const codes: number[] = [];
    for (let i = 0; i < 3; i += 1)
      codes.push(
        (
          await app.inject({
            method: 'POST',
            url: '/api/borne/test-limit',
            headers: { origin },
            remoteAddress: '192.0.2.9',
          })
        ).statusCode,
      );
    await app.close();
    expect(codes).toEqual([200, 200, 429]);
  });
});
