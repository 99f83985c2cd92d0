import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testDialect } from './__fixtures__/test-database.ts';
import type { Db } from './database.ts';
import { OutboxRepository, type ClaimedDelivery } from './outbox.ts';

let h: Db;
let repo: OutboxRepository;
beforeAll(async () => {
  h = await testDatabase();
  repo = new OutboxRepository(h.db);
});
afterAll(() => h.close());

describe(`outbox on ${testDialect}`, () => {
  it('writes a declaration and one row per organisation, with a key each', async () => {
    const id = await repo.enqueue(
      { userSub: 'o1', kind: 'address', payload: { postalCode: '29200' } },
      ['caf', 'cpam', 'caf'],
      1000,
    );
    const [d] = await repo.listForUser('o1');
    expect(d?.id).toBe(id);
    expect(d?.payload).toEqual({ postalCode: '29200' });
    expect(d?.deliveries.map((x) => [x.organisation, x.status, x.idempotencyKey])).toEqual([
      ['caf', 'pending', `${id}:caf`],
      ['cpam', 'pending', `${id}:cpam`],
    ]);
  });

  it('lets only one worker hold a row until its lease runs out', async () => {
    await repo.enqueue({ userSub: 'o2', kind: 'contact', payload: {} }, ['urssaf'], 2000);
    const first = await repo.claimDue(2000, 500, 10);
    expect(first.map((d) => d.organisation).sort()).toEqual(['caf', 'cpam', 'urssaf']);
    expect(await repo.claimDue(2100, 500, 10)).toEqual([]);
    // The first worker died: after the lease, another one takes the rows over.
    const again = await repo.claimDue(2600, 500, 10);
    expect(again).toHaveLength(3);
    expect(again[0]?.kind).toBeDefined();
  });

  it('records deliveries, failures and retries', async () => {
    const rows = await repo.claimDue(5000, 500, 10);
    const byOrg = new Map(rows.map((r) => [r.organisation, r]));
    await repo.markDelivered(byOrg.get('caf')!, 'acknowledged', 'CAF-1', 5001);
    await repo.markFailed(
      byOrg.get('cpam')!,
      { error: 'HTTP 502', nextAttemptAt: 9000, giveUp: false },
      5001,
    );
    await repo.markFailed(
      byOrg.get('urssaf')!,
      { error: 'refusée', nextAttemptAt: 9000, giveUp: true },
      5001,
    );
    expect(await repo.pendingCount()).toBe(1);
    // Not due before its retry time, due after.
    expect(await repo.claimDue(8999, 500, 10)).toEqual([]);
    const retry = await repo.claimDue(9000, 500, 10);
    expect(retry.map((r) => [r.organisation, r.status, r.attempts])).toEqual([
      ['cpam', 'retry', 1],
    ]);
    const [o1] = await repo.listForUser('o1');
    expect(o1?.deliveries.find((x) => x.organisation === 'caf')).toMatchObject({
      status: 'acknowledged',
      receipt: 'CAF-1',
      attempts: 1,
    });
    const [o2] = await repo.listForUser('o2');
    expect(o2?.deliveries[0]).toMatchObject({ status: 'needs-user', lastError: 'refusée' });
  });

  it('lets a worker that lost its lease mark nothing', async () => {
    await repo.enqueue({ userSub: 'o3', kind: 'contact', payload: {} }, ['msa'], 20_000);
    const msa = (rows: { organisation: string }[]) => rows.find((r) => r.organisation === 'msa');
    const slow = msa(await repo.claimDue(20_000, 500, 10)) as ClaimedDelivery | undefined;
    // The slow worker's lease ran out; another one claimed the row and is delivering it.
    const other = msa(await repo.claimDue(20_600, 500, 10)) as ClaimedDelivery | undefined;
    expect(slow && other).toBeTruthy();
    expect(await repo.markDelivered(slow!, 'acknowledged', 'MSA-OLD', 20_700)).toBe(false);
    expect(
      await repo.markFailed(slow!, { error: 'x', nextAttemptAt: 0, giveUp: true }, 20_700),
    ).toBe(false);
    const [o3] = await repo.listForUser('o3');
    expect(o3?.deliveries[0]).toMatchObject({ status: 'pending', receipt: null });
    expect(await repo.markDelivered(other!, 'acknowledged', 'MSA-NEW', 20_800)).toBe(true);
    const [after] = await repo.listForUser('o3');
    expect(after?.deliveries[0]).toMatchObject({ status: 'acknowledged', receipt: 'MSA-NEW' });
  });

  it('erases a person’s declarations and their deliveries', async () => {
    await repo.deleteForUser('o1');
    expect(await repo.listForUser('o1')).toEqual([]);
    expect(await repo.listForUser('o2')).toHaveLength(1);
  });
});
