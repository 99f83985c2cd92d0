// Delivery-only faults: the organisation's reads stay healthy, its deliveries fail the way a real
// partner API fails, and nothing is lost or duplicated once it recovers.
import { describe, expect, it } from 'vitest';
import { demoSub } from '../../demo/series.ts';
import { testApp, type TestApp } from '../../routes/__fixtures__/test-app.ts';
import { brestMove } from '../../routes/__fixtures__/declarations.ts';

const address = brestMove;

async function declare(t: TestApp) {
  const headers = await t.loginAs('emilie-brouillon');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/me/declarations',
    headers,
    payload: { content: address, organisations: ['caf', 'cpam'], consent: true },
  });
  expect(res.statusCode).toBe(202);
  await t.app.services.worker.drain();
  const { id } = res.json<{ id: string }>();
  const one = await t.app.inject({ url: `/api/me/declarations/${id}`, headers });
  const rights = await t.app.inject({ url: '/api/me/rights', headers });
  const caf = rights
    .json<{ organisations: { id: string; status: string }[] }>()
    .organisations.find((o) => o.id === 'caf');
  return {
    id,
    caf,
    deliveries: one.json<{
      deliveries: { organisation: string; status: string; lastError: string | null }[];
    }>().deliveries,
  };
}

describe('delivery-only faults', () => {
  it.each([
    ['delivery-error', /HTTP 503/, 0],
    ['delivery-malformed', /illisible/, 1],
  ])('%s: the delivery is retried, the reads are untouched', async (fault, error, processed) => {
    const t = await testApp({ CONNECTOR_FAULTS: `caf:${fault}` });
    try {
      const d = await declare(t);
      expect(d.caf?.status).toBe('ok');
      expect(d.deliveries.map((x) => [x.organisation, x.status])).toEqual([
        ['caf', 'retry'],
        ['cpam', 'acknowledged'],
      ]);
      expect(d.deliveries[0]?.lastError).toMatch(error);
      expect(await t.app.services.inbox.receivedAll('caf')).toHaveLength(processed);
    } finally {
      await t.close();
    }
  });

  it('a receipt lost to a timeout: the retry after a restart is processed once', async () => {
    const t = await testApp({
      CONNECTOR_FAULTS: 'caf:delivery-timeout',
      CONNECTOR_TIMEOUT_MS: '100',
    });
    try {
      const d = await declare(t);
      expect(d.deliveries[0]).toMatchObject({ organisation: 'caf', status: 'retry' });
      // The organisation did process it: only its answer was lost.
      expect(await t.app.services.inbox.receivedAll('caf')).toHaveLength(1);
      // The server restarts without the fault, on the same database, and the retry is due.
      await t.app.close();
      const { buildApp } = await import('../../app.ts');
      const { loadConfig } = await import('../../config.ts');
      let now = Date.now() + 60 * 60 * 1000;
      const restarted = await buildApp(
        loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STATIC_DIR: '/nonexistent' }),
        { db: t.db, now: () => now },
      );
      try {
        await restarted.services.worker.drain();
        now += 1;
        const all = await restarted.services.inbox.receivedAll('caf');
        expect(all).toHaveLength(1);
        expect(all[0]?.idempotencyKey).toBe(`${d.id}:caf`);
        const list = await restarted.services.outbox.listForUser(demoSub('emilie'));
        expect(list[0]?.deliveries.find((x) => x.organisation === 'caf')?.status).toBe(
          'acknowledged',
        );
      } finally {
        await restarted.close();
      }
    } finally {
      await t.db.close();
    }
  });

  it('a receipt dripped slower than the deadline is retried', async () => {
    const t = await testApp({
      CONNECTOR_FAULTS: 'caf:delivery-drip=20',
      CONNECTOR_TIMEOUT_MS: '100',
    });
    try {
      const d = await declare(t);
      expect(d.deliveries[0]).toMatchObject({ organisation: 'caf', status: 'retry' });
    } finally {
      await t.close();
    }
  });
});
