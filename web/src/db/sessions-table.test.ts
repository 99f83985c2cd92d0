// The identity module's SQL session repository against the table our migrations create, on
// both engines: the two must agree on column names and types.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlSessionRepository } from '../auth/session-repository-sql.ts';
import { Sessions } from '../auth/sessions.ts';
import { testDatabase, testDialect } from './__fixtures__/test-database.ts';
import { sessionsDb, type Db } from './database.ts';

let h: Db;
beforeAll(async () => {
  h = await testDatabase();
});
afterAll(() => h.close());

describe(`sessions table on ${testDialect}`, () => {
  it('stores, reads back with numeric times, expires and sweeps', async () => {
    const clock = { now: 1_800_000_000_000 };
    const repo = new SqlSessionRepository(
      sessionsDb(h.db),
      'test-session-secret-with-32-chars-min',
    );
    const sessions = new Sessions(repo, {
      idleMs: 1000,
      absoluteMs: 5000,
      now: () => clock.now,
    });
    const { id, data } = await sessions.create();
    clock.now += 500;
    expect(await sessions.read(id)).toEqual({ ...data, lastSeenAt: clock.now });
    const row = await h.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', repo.keyOf(id))
      .executeTakeFirst();
    expect(row?.last_seen_at).toBe(clock.now);
    clock.now += 2000;
    expect(await sessions.sweep()).toBe(1);
    expect(await sessions.repo.get(id)).toBeUndefined();
  });
});
