// Fuzzing of every API and identity route that buildApp registers (enumerated as they are
// registered, so a new route is fuzzed without touching this file): malformed JSON, wrong
// types, huge and deeply nested bodies, odd unicode, path tricks, cut-off multipart bodies,
// odd methods and media types, with and without a session. Over 10,000 generated requests:
// no answer may be a 5xx, and every API error must be in the portal's French shape.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance, HTTPMethods, RouteOptions } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.ts';
import { SqlSessionRepository } from '../auth/session-repository-sql.ts';
import { Sessions } from '../auth/sessions.ts';
import { loadConfig } from '../config.ts';
import { testDatabase } from '../db/__fixtures__/test-database.ts';
import { sessionsDb, type Db } from '../db/database.ts';
import { demoPeople } from '../demo/people.ts';
import { problemsOfErrorBody } from '../http/__fixtures__/portal-error.ts';

const RUNS = 10_400;
/** Routes whose success is slow by nature (a PDF); fuzzed without a session past a few. */
const COSTLY = new Set(['/api/me/attestation.pdf']);

interface Route {
  readonly url: string;
  readonly methods: readonly string[];
}

let app: FastifyInstance;
let db: Db;
let dir: string;
const routes: Route[] = [];
let sessions: Sessions;
let origin: string;
const serverLog: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'd360-fuzz-'));
  vi.stubEnv('DOCUMENTS_DIR', dir);
  vi.stubEnv('IDP_PORT', '0');
  vi.stubEnv('IDP_HOST', '127.0.0.1');
  db = await testDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    STATIC_DIR: '/nonexistent-dist',
    // The limits are tested elsewhere; here requests must reach the routes.
    RATE_LIMIT_SCALE: '100000',
    CONNECTOR_RETRIES: '0',
  });
  origin = new URL(config.publicUrl).origin;
  app = await buildApp(config, {
    db,
    // What a 5xx leaves in the log is shown with the failure (kind and stack, no data).
    logStream: new Writable({
      write(chunk: Buffer, _encoding, done) {
        serverLog.push(chunk.toString());
        done();
      },
    }),
    onRoute: (r: RouteOptions) => {
      if (!/^\/(api|auth)\//.test(r.url)) return;
      const methods = (Array.isArray(r.method) ? r.method : [r.method]).map(String);
      const known = routes.find((x) => x.url === r.url);
      if (known)
        routes.splice(routes.indexOf(known), 1, {
          url: r.url,
          methods: [...known.methods, ...methods],
        });
      else routes.push({ url: r.url, methods });
    },
  });
  // Listening starts the local identity provider (on a free port), so that logins really run.
  await app.listen({ port: 0, host: '127.0.0.1' });
  sessions = new Sessions(new SqlSessionRepository(sessionsDb(db.db), config.SESSION_SECRET), {
    idleMs: 15 * 60 * 1000,
    absoluteMs: 12 * 60 * 60 * 1000,
    now: Date.now,
  });
}, 60_000);

afterAll(async () => {
  await app.close();
  await db.close();
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

// —— generators ——————————————————————————————————————————————————————————————————————————

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const oddText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: loneSurrogate }),
  fc.constantFrom(
    '\u202e\u2066',
    '\u0000',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    'e\u0301\u0301\u0301',
    '﷽'.repeat(50),
    'Ω≈ç√',
  ),
);

/** A path segment where a parameter goes: ids, traversal, broken escapes, very long. */
const segment = fc.oneof(
  fc.uuid(),
  oddText.map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, 'x'))),
  fc.constantFrom(
    '..',
    '%2e%2e',
    '..%2f..%2fetc%2fpasswd',
    '%00',
    '%',
    '%E0%A4%A',
    '%ZZ',
    '%C0%AE',
    'a'.repeat(3000),
    '%F0%9F%98%80',
    'null',
    '-1',
    '1e309',
  ),
);

const query = fc.oneof(
  fc.constant(''),
  fc
    .dictionary(
      fc.constantFrom('kind', 'postal_code', 'refresh', 'returnTo', 'state', 'code', 'error', 'x'),
      fc.oneof(oddText, fc.constantFrom('//evil.example', '/\\evil', 'address', '29200', '1')),
      { maxKeys: 3 },
    )
    .map((d) =>
      Object.keys(d).length === 0
        ? ''
        : `?${Object.entries(d)
            .map(([k, v]) => `${k}=${encodeURIComponent(v.replace(/[\ud800-\udfff]/g, 'x'))}`)
            .join('&')}`,
    ),
  fc.constantFrom('?%', '?a=%E0%A4%A', '?a[b][c]=1', '?__proto__[x]=1', `?x=${'y'.repeat(5000)}`),
);

/** Field names the routes read, plus a few that no route expects and some dangerous ones. */
const field = fc.constantFrom(
  'content',
  'organisations',
  'consent',
  'discreet',
  'kind',
  'line',
  'postalCode',
  'communeCode',
  'since',
  'event',
  'date',
  'person',
  'text',
  'subject',
  'documents',
  'threadId',
  'topic',
  'organisation',
  'message',
  'procedure',
  'values',
  'clientRef',
  'pinned',
  'hidden',
  'csrf_token',
  'constructor',
  'prototype',
);
const shaped = fc.dictionary(field, fc.anything({ maxDepth: 3 }), { maxKeys: 8 });
const deep = fc
  .integer({ min: 50, max: 20_000 })
  .chain((n) =>
    fc.constantFrom('['.repeat(n) + ']'.repeat(n), '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  );

/** A JSON-ish body as sent over the wire (text), or none. */
const jsonBody = fc.oneof(
  { weight: 4, arbitrary: shaped.map((o) => JSON.stringify(o)) },
  { weight: 2, arbitrary: fc.json() },
  {
    weight: 2,
    arbitrary: fc.anything().map((v) => (v === undefined ? 'undefined' : JSON.stringify(v))),
  },
  { weight: 2, arbitrary: oddText },
  { weight: 1, arbitrary: deep },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"text": "bonjour",',
      '{"__proto__": {"admin": true}}',
      '{"constructor": {"prototype": {"x": 1}}}',
      '',
      'null',
      '[]',
      '"' + 'x'.repeat(1_100_000) + '"',
      JSON.stringify({ text: 'x'.repeat(200_000), subject: 'y'.repeat(50_000) }),
      '\ufeff{}',
    ),
  },
);

const PDF = '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';
/** A multipart body, possibly cut anywhere, possibly with odd names and parts. */
const multipartBody = fc
  .record({
    name: oddText,
    content: fc.oneof(fc.constant(PDF), oddText, fc.constant('\x89PNG\r\n\x1a\n' + 'x'.repeat(40))),
    extra: fc.boolean(),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  })
  .map(({ name, content, extra, cut }) => {
    const b = 'fuzzboundary';
    const safeName = name.replace(/["\r\n]/g, '');
    let body =
      `--${b}\r\ncontent-disposition: form-data; name="file"; filename="${safeName}"\r\n` +
      `content-type: application/octet-stream\r\n\r\n${content}\r\n`;
    if (extra)
      body += `--${b}\r\ncontent-disposition: form-data; name="file2"; filename="b"\r\n\r\nzz\r\n`;
    body += `--${b}--\r\n`;
    const buffer = Buffer.from(body);
    return {
      type: `multipart/form-data; boundary=${b}`,
      payload: cut === null ? buffer : buffer.subarray(0, Math.floor(buffer.length * cut)),
    };
  });

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  undefined,
);

const METHODS: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

const request = fc.record({
  routeIndex: fc.nat(),
  methodChoice: fc.oneof(
    { weight: 5, arbitrary: fc.constant<'own'>('own') },
    { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
  ),
  params: fc.array(segment, { minLength: 3, maxLength: 3 }),
  query,
  trailing: fc.constantFrom('', '', '', '/', '//', '/..', '%2F', '?'),
  who: fc.constantFrom('anonymous', 'person', 'person', 'person', 'no-csrf', 'forged-cookie'),
  body: fc.oneof(
    { weight: 5, arbitrary: jsonBody.map((text) => ({ kind: 'json' as const, text })) },
    { weight: 2, arbitrary: multipartBody.map((m) => ({ kind: 'multipart' as const, ...m })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  ),
  type: contentType,
  idempotencyKey: fc.option(
    fc.oneof(
      fc.uuid(),
      oddText.map((s) => s.replace(/[^\x20-\x7e]/g, '')),
    ),
    {
      nil: undefined,
    },
  ),
});

// —— the run ———————————————————————————————————————————————————————————————————————————————

async function headersFor(who: string, n: number): Promise<Record<string, string>> {
  if (who === 'anonymous') return {};
  if (who === 'forged-cookie') return { cookie: `d360_sid=${'A'.repeat(43)}`, origin };
  const person = demoPeople[n % demoPeople.length];
  if (!person) return {};
  // A fresh session each time: a fuzzed logout or erasure must not end the next requests'.
  const { id, data } = await sessions.create({ user: { ...person.claims, acr: 'eidas1' } });
  return {
    cookie: `d360_sid=${id}`,
    origin,
    ...(who === 'no-csrf' ? {} : { 'x-csrf-token': data.csrfToken }),
  };
}

describe('fuzzing every route', () => {
  it(`answers ${RUNS} generated requests with no 5xx and only French errors`, async () => {
    expect(routes.length).toBeGreaterThan(15);
    const failures: string[] = [];
    const byStatus = new Map<number, number>();
    let sent = 0;
    let costly = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const route = routes[r.routeIndex % routes.length];
        if (!route) return;
        const ownMethods = route.methods.filter((m) => m !== 'HEAD');
        const method: HTTPMethods =
          r.methodChoice === 'own'
            ? (ownMethods[r.routeIndex % ownMethods.length] ?? 'GET')
            : r.methodChoice;
        let i = 0;
        const url =
          route.url.replace(/:[A-Za-z]+/g, () => r.params[i++ % r.params.length] ?? 'x') +
          r.trailing +
          r.query;
        let who = r.who;
        if (COSTLY.has(route.url) && who !== 'anonymous' && (costly += 1) > 10) who = 'anonymous';
        const headers: Record<string, string> = await headersFor(who, r.routeIndex);
        if (r.idempotencyKey !== undefined) headers['idempotency-key'] = r.idempotencyKey;
        let payload: string | Buffer | undefined;
        const canHaveBody = method !== 'GET' && method !== 'HEAD';
        if (canHaveBody && r.body.kind === 'json') {
          payload = r.body.text;
          if (r.type) headers['content-type'] = r.type;
        } else if (canHaveBody && r.body.kind === 'multipart') {
          payload = r.body.payload;
          headers['content-type'] = r.body.type;
        }
        const res = await app.inject({
          method,
          url,
          headers,
          ...(payload === undefined ? {} : { payload }),
        });
        sent += 1;
        byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
        const where = `${method} ${url.slice(0, 120)} (${who}, ${r.body.kind}) → ${res.statusCode}`;
        if (res.statusCode >= 500)
          failures.push(
            `${where}: ${res.body.slice(0, 100)} ${serverLog.at(-1)?.slice(0, 700) ?? ''}`,
          );
        else if (res.statusCode >= 400 && method !== 'HEAD') {
          const isApi = url.startsWith('/api/');
          const html = (res.headers['content-type'] ?? '').startsWith('text/html');
          const problems = isApi || !html ? problemsOfErrorBody(res.body) : [];
          if (/\n\s+at |"statusCode":/.test(res.body))
            problems.push('stack or Fastify default body');
          if (problems.length) failures.push(`${where}: ${problems.join('; ')}`);
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261203), endOnFailure: true },
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(10_000);
    // The run reached the routes, not only their refusals.
    expect([...byStatus.keys()].some((s) => s >= 200 && s < 300)).toBe(true);
    expect(byStatus.get(400) ?? 0).toBeGreaterThan(100);
  }, 240_000);
});
