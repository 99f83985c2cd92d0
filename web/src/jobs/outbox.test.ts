import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../db/__fixtures__/test-database.ts';
import type { Db } from '../db/database.ts';
import { OutboxRepository } from '../db/outbox.ts';
import { SandboxInbox } from './deliveries.ts';
import { OutboxWorker, PermanentDeliveryError, backoffMs, type Deliver } from './outbox.ts';

let h: Db;
let repo: OutboxRepository;
beforeEach(async () => {
  h = await testDatabase();
  repo = new OutboxRepository(h.db);
});
afterEach(() => h.close());

const statuses = async (sub: string) =>
  Object.fromEntries(
    ((await repo.listForUser(sub))[0]?.deliveries ?? []).map((d) => [d.organisation, d.status]),
  );

describe('OutboxWorker', () => {
  it('delivers each declaration once to each organisation', async () => {
    const inbox = new SandboxInbox();
    const worker = new OutboxWorker({ repo, deliver: inbox.deliver });
    await repo.enqueue(
      { userSub: 'w1', kind: 'address', payload: { commune: 'Brest' } },
      ['caf', 'cpam', 'impots'],
      Date.now(),
    );
    await repo.enqueue(
      { userSub: 'w1', kind: 'contact', payload: { email: 'a@b.fr' } },
      ['caf'],
      Date.now(),
    );
    expect(await worker.drain()).toBe(4);
    expect(
      inbox
        .received('caf')
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['address', 'contact']);
    expect(inbox.received()).toHaveLength(4);
    expect(await worker.drain()).toBe(0);
  });

  it('retries a failing organisation later, with growing waits, without holding the others', async () => {
    const clock = { now: 1_000_000 };
    let cafDown = true;
    const inbox = new SandboxInbox();
    const deliver: Deliver = (d, signal) =>
      d.organisation === 'caf' && cafDown
        ? Promise.reject(new Error('HTTP 503'))
        : inbox.deliver(d, signal);
    const worker = new OutboxWorker({ repo, deliver, now: () => clock.now, baseDelayMs: 1000 });
    await repo.enqueue({ userSub: 'w2', kind: 'address', payload: {} }, ['caf', 'cpam'], clock.now);
    await worker.drain();
    expect(await statuses('w2')).toEqual({ caf: 'retry', cpam: 'acknowledged' });
    clock.now += 999;
    expect(await worker.drain()).toBe(0);
    clock.now += 1;
    await worker.drain();
    const caf = (await repo.listForUser('w2'))[0]?.deliveries.find((d) => d.organisation === 'caf');
    expect(caf).toMatchObject({ status: 'retry', attempts: 2, nextAttemptAt: clock.now + 2000 });
    cafDown = false;
    clock.now += 2000;
    await worker.drain();
    expect(await statuses('w2')).toEqual({ caf: 'acknowledged', cpam: 'acknowledged' });
  });

  it('asks the person to act after a refusal', async () => {
    const worker = new OutboxWorker({
      repo,
      deliver: () => Promise.reject(new PermanentDeliveryError('adresse refusée')),
    });
    await repo.enqueue({ userSub: 'w3', kind: 'address', payload: {} }, ['impots'], Date.now());
    await worker.drain();
    expect(await statuses('w3')).toEqual({ impots: 'needs-user' });
  });

  it('gives up a slow organisation at its timeout and keeps it for later', async () => {
    const inbox = new SandboxInbox({ msa: { kind: 'timeout' } });
    const worker = new OutboxWorker({ repo, deliver: inbox.deliver, timeoutMs: 50 });
    await repo.enqueue({ userSub: 'w4', kind: 'address', payload: {} }, ['msa', 'caf'], Date.now());
    await worker.drain();
    expect(await statuses('w4')).toEqual({ caf: 'acknowledged', msa: 'retry' });
  });

  it('backs off exponentially up to a ceiling', () => {
    expect([0, 1, 2, 3, 20].map((n) => backoffMs(n, 1000, 60_000))).toEqual([
      1000, 2000, 4000, 8000, 60_000,
    ]);
  });
});
