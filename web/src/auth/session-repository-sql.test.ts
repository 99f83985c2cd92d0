import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlSessionRepository, type SessionsDatabase } from './session-repository-sql.ts';
import { Sessions } from './sessions.ts';

const SECRET = 'test-session-secret-with-32-chars-min';
let db: Kysely<SessionsDatabase>;
beforeAll(async () => {
  db = new Kysely<SessionsDatabase>({
    dialect: new SqliteDialect({ database: new Database(':memory:') }),
  });
  await sql`create table sessions (id text primary key, data text not null, created_at bigint not null, last_seen_at bigint not null, user_sub text)`.execute(
    db,
  );
});
afterAll(async () => {
  await db.destroy();
});

describe('SQL session repository', () => {
  it('stores, touches, expires and deletes sessions', async () => {
    const clock = { now: 1_000_000 };
    const sessions = new Sessions(new SqlSessionRepository(db, SECRET), {
      idleMs: 1000,
      absoluteMs: 5000,
      now: () => clock.now,
    });
    const user = {
      sub: 's',
      given_name: 'Nadia',
      family_name: 'Exemple',
      birthdate: '1990-04-12',
      gender: 'female',
      birthplace: '59350',
      birthcountry: '99100',
      email: 'n@example.org',
      acr: 'eidas1',
    };
    const { id, data } = await sessions.create({ user, idToken: 'token' });
    clock.now += 900;
    expect(await sessions.read(id)).toEqual({ ...data, lastSeenAt: clock.now });
    clock.now += 1001;
    expect(await sessions.read(id)).toBeUndefined();

    const other = await sessions.create();
    clock.now += 2000;
    expect(await sessions.sweep()).toBe(1);
    expect(await sessions.repo.get(other.id)).toBeUndefined();
  });

  it('ignores a row whose data is not a session', async () => {
    const repo = new SqlSessionRepository(db, SECRET);
    await db
      .insertInto('sessions')
      .values({ id: repo.keyOf('bad'), data: '{"csrfToken":1}', created_at: 0, last_seen_at: 0 })
      .execute();
    expect(await repo.get('bad')).toBeUndefined();
  });

  it('keeps no usable session id in the table', async () => {
    const repo = new SqlSessionRepository(db, SECRET);
    const sessions = new Sessions(repo, { idleMs: 1000, absoluteMs: 5000, now: () => 1 });
    const { id } = await sessions.create();
    const rows = await db.selectFrom('sessions').select('id').execute();
    expect(rows.map((r) => r.id)).not.toContain(id);
    // A row copied from a backup, presented as a cookie, is nobody's session.
    const copied = rows.map((r) => r.id).find((k) => k === repo.keyOf(id));
    expect(copied).toBeDefined();
    expect(await sessions.read(copied)).toBeUndefined();
    expect(await sessions.read(id)).toBeDefined();
    // Another secret reads nothing.
    expect(
      await new SqlSessionRepository(db, 'another-secret-of-32-characters!!').get(id),
    ).toBeUndefined();
  });
});
