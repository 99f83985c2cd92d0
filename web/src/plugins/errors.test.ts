import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPortalError } from '../http/__fixtures__/portal-error.ts';
import { testApp, type TestApp } from '../routes/__fixtures__/test-app.ts';

let t: TestApp;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await testApp();
  headers = await t.loginAs('emilie-brouillon');
});
afterAll(() => t.close());

describe('one error shape for the API', () => {
  it('answers malformed JSON with a French 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/messages',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"text": "bonjour",',
    });
    expect(res.statusCode).toBe(400);
    expectPortalError(res.body, 'invalid-json');
  });

  it('answers an unsupported media type with a French 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/messages',
      headers: { ...headers, 'content-type': 'application/xml' },
      payload: '<message/>',
    });
    expect(res.statusCode).toBe(415);
    expectPortalError(res.body, 'unsupported-media-type');
  });

  it('answers a body over the limit with a French 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/messages',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(1_100_000) }),
    });
    expect(res.statusCode).toBe(413);
    expectPortalError(res.body, 'too-large');
  });

  it('answers an empty JSON body with a French 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/messages',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '',
    });
    expect(res.statusCode).toBe(400);
    expectPortalError(res.body);
  });

  it('answers a malformed URL with a French 400', async () => {
    const res = await t.app.inject({ url: '/api/me/declarations/%E0%A4%A', headers });
    expect(res.statusCode).toBe(400);
    expectPortalError(res.body, 'bad-url');
  });

  it('answers an unknown API path with a French 404', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/nothing-here', headers });
    expect(res.statusCode).toBe(404);
    expectPortalError(res.body);
  });

  it('gives an empty refusal a body in the portal shape', async () => {
    const res = await t.app.inject({ url: '/api/me/rights' });
    expect(res.statusCode).toBe(401);
    expectPortalError(res.body, 'unauthenticated');
  });

  it('answers an unexpected failure with a French 500 and logs no personal data', async () => {
    const lines: string[] = [];
    const { buildApp } = await import('../app.ts');
    const { loadConfig } = await import('../config.ts');
    const { Writable } = await import('node:stream');
    // A logger that writes to memory, to read what a 5xx leaves in the logs.
    const stream = new Writable({
      write(chunk: Buffer, _e, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logged = await buildApp(
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', STATIC_DIR: '/nonexistent' }),
      { db: t.db, logStream: stream },
    );
    logged.get('/api/boom', () => {
      throw new Error('Nadia Exemple, né(e) le 1990-04-02 : secret');
    });
    const res = await logged.inject('/api/boom');
    await logged.inject('/auth/callback?code=secret-code-123&state=abc');
    await logged.close();
    expect(res.statusCode).toBe(500);
    expectPortalError(res.body, 'internal');
    expect(res.body).not.toContain('Nadia');
    expect(lines.join('')).toContain('request failed');
    expect(lines.join('')).not.toContain('Nadia');
    expect(lines.join('')).toContain('"url":"/auth/callback"');
    expect(lines.join('')).not.toContain('secret-code-123');
  });
});

describe('deeply nested bodies', () => {
  it('are refused with a French 400 before any route walks them', async () => {
    const n = 20_000;
    for (const payload of [
      '['.repeat(n) + ']'.repeat(n),
      '{"a":'.repeat(n) + '1' + '}'.repeat(n),
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/me/declarations',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'idempotency-key': `deep-${payload.length}`,
        },
        payload,
      });
      expect(res.statusCode).toBe(400);
      expectPortalError(res.body, 'too-deep');
    }
  });

  it('still accept strings full of brackets and poisoned keys are refused', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/declarations/preview',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ content: { kind: 'contact', email: `${'['.repeat(100)}@x.fr` } }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: string }>().error).toBe('invalid');
    const poisoned = await t.app.inject({
      method: 'POST',
      url: '/api/me/declarations/preview',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"__proto__": {"admin": true}}',
    });
    expect(poisoned.statusCode).toBe(400);
    expectPortalError(poisoned.body);
  });
});

describe('a database that cannot write', () => {
  it('answers a French 503 with Retry-After, and the request can be sent again', async () => {
    const headers = await t.loginAs('thomas-ebauche');
    // The database turns read-only (a full disk, a replica promoted, maintenance).
    const Database = (await import('better-sqlite3')).default;
    const probe = new Database(':memory:');
    probe.pragma('query_only = 1');
    let readOnly: Error = new Error('no read-only error');
    try {
      probe.exec('create table x (a)');
    } catch (error) {
      if (error instanceof Error) readOnly = error;
    }
    probe.close();
    const { translateError } = await import('./errors.ts');
    const t503 = translateError(readOnly);
    expect(t503.status).toBe(503);
    expect(t503.headers['retry-after']).toBe('5');
    expectPortalError(JSON.stringify(t503.body), 'database-unavailable');
    expect(translateError({ name: 'error', code: '25006' }).status).toBe(503);
    // Through a route: the write of an error report meets the read-only database.
    const reports = t.app.services.reports;
    const create = reports.create.bind(reports);
    reports.create = () => Promise.reject(readOnly);
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/me/error-reports',
        headers: { ...headers, 'idempotency-key': 'busy-1' },
        payload: { organisation: 'caf', subject: 'right:rsa', message: 'Le montant est faux.' },
      });
      expect(res.statusCode).toBe(503);
      expectPortalError(res.body, 'database-unavailable');
    } finally {
      reports.create = create;
    }
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/me/error-reports',
      headers: { ...headers, 'idempotency-key': 'busy-1' },
      payload: { organisation: 'caf', subject: 'right:rsa', message: 'Le montant est faux.' },
    });
    expect(again.statusCode).toBe(201);
  });
});
