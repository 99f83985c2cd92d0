import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../db/__fixtures__/test-database.ts';
import type { Db } from '../../db/database.ts';
import { SandboxInbox } from '../../jobs/deliveries.ts';
import { SandboxReceipts } from './receipts.ts';

let h: Db;
beforeAll(async () => {
  h = await testDatabase();
});
afterAll(() => h.close());

const delivery = {
  organisation: 'caf',
  idempotencyKey: 'decl-1:caf',
  kind: 'address',
  payload: { postalCode: '29200' },
};
const signal = new AbortController().signal;

describe('sandbox organisations', () => {
  it('remember the keys they processed after the server restarts', async () => {
    const before = new SandboxInbox({}, new SandboxReceipts(h.db));
    const first = await before.deliver(delivery, signal);
    // A new process: the in-memory map is empty, the database is not.
    const after = new SandboxInbox({}, new SandboxReceipts(h.db));
    const again = await after.deliver(delivery, signal);
    expect(again.reference).toBe(first.reference);
    expect(await after.receivedAll('caf')).toEqual([
      expect.objectContaining({ idempotencyKey: 'decl-1:caf', reference: first.reference }),
    ]);
  });

  it('process one key once when two processes deliver it at the same time', async () => {
    const a = new SandboxInbox({}, new SandboxReceipts(h.db));
    const b = new SandboxInbox({}, new SandboxReceipts(h.db));
    const d = { ...delivery, idempotencyKey: 'decl-2:caf' };
    const [x, y] = await Promise.all([a.deliver(d, signal), b.deliver(d, signal)]);
    expect(x.reference).toBe(y.reference);
    expect(
      (await a.receivedAll('caf')).filter((r) => r.idempotencyKey === 'decl-2:caf'),
    ).toHaveLength(1);
  });
});
