// One organisation that never answers in time must not hold the dashboard: the others come
// back fresh, the slow one shows its cached answer (with its date) or a notice. The fault is
// the sandbox's CONNECTOR_FAULTS, far longer than the test's own time limit, so a route that
// waited for it would never answer here.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rightsResponse, type RightsResponse } from '../../../src/shared/contracts/rights.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { testApp, type TestApp } from './__fixtures__/test-app.ts';

const FRESH_EVERY_TIME = { CONNECTOR_CACHE_FRESH_S: '0' };
let t: TestApp;
let slow: FastifyInstance;
beforeAll(async () => {
  t = await testApp(FRESH_EVERY_TIME);
  // The same database (sessions, cache) behind a server whose CPAM takes a minute to answer.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    STATIC_DIR: '/nonexistent-dist',
    CONNECTOR_FAULTS: 'cpam:slow=60000',
    CONNECTOR_TIMEOUT_MS: '1000',
    CONNECTOR_RETRIES: '0',
    ...FRESH_EVERY_TIME,
  });
  slow = await buildApp(config, { db: t.db });
});
afterAll(async () => {
  await slow.close();
  await t.close();
});

async function rightsOn(app: FastifyInstance, headers: Record<string, string>) {
  const res = await app.inject({ url: '/api/me/rights', headers });
  expect(res.statusCode).toBe(200);
  return rightsResponse.parse(res.json());
}

const statusOf = (r: RightsResponse) =>
  Object.fromEntries(
    r.organisations.map((o) => [o.id, o.reason ? `${o.status}:${o.reason}` : o.status]),
  );

describe('a slow organisation', () => {
  it('shows a notice for it and every other organisation fresh', async () => {
    const headers = await t.loginAs('julien-fictif');
    const r = await rightsOn(slow, headers);
    expect(statusOf(r)).toEqual({
      caf: 'no-file',
      msa: 'ok',
      cpam: 'unavailable:timeout',
      cnav: 'ok',
      'agirc-arrco': 'no-file',
      'france-travail': 'no-file',
      urssaf: 'ok',
      impots: 'ok',
    });
    expect(r.organisations.find((o) => o.id === 'cpam')?.record).toBeUndefined();
    expect(r.organisations.find((o) => o.id === 'msa')?.record?.rights.length).toBeGreaterThan(0);
  });

  it('shows its last good answer with its date, the others refreshed', async () => {
    const headers = await t.loginAs('nadia-exemple');
    const before = await rightsOn(t.app, headers);
    const cpamBefore = before.organisations.find((o) => o.id === 'cpam');
    expect(cpamBefore?.status).toBe('ok');

    const after = await rightsOn(slow, headers);
    const cpam = after.organisations.find((o) => o.id === 'cpam');
    expect(cpam).toMatchObject({
      status: 'stale',
      reason: 'timeout',
      fetchedAt: cpamBefore?.fetchedAt,
    });
    expect(cpam?.record).toEqual(cpamBefore?.record);
    for (const o of after.organisations.filter((x) => x.id !== 'cpam'))
      expect(['ok', 'no-file']).toContain(o.status);
    expect(after.organisations.find((o) => o.id === 'caf')?.status).toBe('ok');
  });
});
