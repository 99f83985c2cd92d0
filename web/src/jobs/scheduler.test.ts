import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase, testDialect } from '../db/__fixtures__/test-database.ts';
import type { Db } from '../db/database.ts';
import { JobQueue } from './job-queue.ts';
import { PermanentJobError, Scheduler } from './scheduler.ts';

let h: Db;
let queue: JobQueue;
beforeEach(async () => {
  h = await testDatabase();
  queue = new JobQueue(h.db, h.dialect);
});
afterEach(async () => {
  await h.close();
});

describe(`job queue on ${testDialect}`, () => {
  it('makes one job of one key, and lends it to one claimer at a time', async () => {
    expect(await queue.enqueue([{ key: 'k1', kind: 'x', payload: { n: 1 } }], 1000)).toBe(1);
    expect(await queue.enqueue([{ key: 'k1', kind: 'x', payload: { n: 2 } }], 1000)).toBe(0);
    const [first] = await queue.claim(1000, 500, 10);
    expect(first?.payload).toEqual({ n: 1 });
    expect(await queue.claim(1200, 500, 10)).toEqual([]);
    // The lease ran out: another claimer takes the job, and the first can no longer settle it.
    const [second] = await queue.claim(1600, 500, 10);
    expect(second?.key).toBe('k1');
    if (!first || !second) throw new Error('claims expected');
    expect(await queue.complete(first, 1700)).toBe(false);
    expect(await queue.complete(second, 1700)).toBe(true);
    expect(await queue.claim(5000, 500, 10)).toEqual([]);
    expect((await queue.get('k1'))?.status).toBe('done');
  });

  it('does not hand out a job before its time', async () => {
    await queue.enqueue([{ key: 'later', kind: 'x', payload: null, runAt: 2000 }], 1000);
    expect(await queue.claim(1999, 500, 10)).toEqual([]);
    expect(await queue.claim(2000, 500, 10)).toHaveLength(1);
  });
});

describe(`scheduler on ${testDialect}`, () => {
  it('retries with exponential backoff, then keeps the job as a dead letter', async () => {
    let clock = 0;
    const attemptsAt: number[] = [];
    const dead: string[] = [];
    const scheduler = new Scheduler({
      queue,
      now: () => clock,
      baseDelayMs: 100,
      maxDelayMs: 10_000,
      maxAttempts: 4,
      handlers: {
        flaky: () => {
          attemptsAt.push(clock);
          return Promise.reject(new Error('service indisponible'));
        },
      },
      onDead: (job) => {
        dead.push(job.key);
        return Promise.resolve();
      },
    });
    await queue.enqueue([{ key: 'j', kind: 'flaky', payload: null }], 0);
    for (clock = 0; clock <= 2000; clock += 50) await scheduler.runOnce();
    // Tried at 0, then 100, 200 and 400 ms after each failure.
    expect(attemptsAt).toEqual([0, 100, 300, 700]);
    expect(dead).toEqual(['j']);
    expect(await queue.counts()).toMatchObject({ dead: 1, pending: 0, retry: 0 });
    const [letter] = await queue.dead();
    expect(letter).toMatchObject({
      key: 'j',
      kind: 'flaky',
      attempts: 4,
      lastError: 'service indisponible',
    });
  });

  it('gives up at once on a permanent error or an unknown kind, and settles a success', async () => {
    const scheduler = new Scheduler({
      queue,
      now: () => 0,
      handlers: {
        refused: () => Promise.reject(new PermanentJobError('refusé')),
        fine: () => Promise.resolve(),
      },
    });
    await queue.enqueue(
      [
        { key: 'a', kind: 'refused', payload: null },
        { key: 'b', kind: 'nobody-knows', payload: null },
        { key: 'c', kind: 'fine', payload: null },
      ],
      0,
    );
    expect(await scheduler.drain()).toBe(3);
    expect((await queue.get('a'))?.status).toBe('dead');
    expect((await queue.get('b'))?.lastError).toMatch(/inconnu/);
    expect((await queue.get('c'))?.status).toBe('done');
  });
});
