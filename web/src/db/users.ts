// The people who logged in at least once: only the FranceConnect `sub` and the name shown in
// the header are kept, with the dates of first and last visit (listed on "Mes données").
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

const TOUCH_EVERY_MS = 60_000;

export interface UserRecord {
  readonly sub: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly firstSeenAt: number;
  readonly lastSeenAt: number;
}

export class UsersRepository {
  readonly #db: Kysely<Database>;
  /** When this process last wrote each person's visit. */
  readonly #touched = new Map<string, number>();
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /**
   * Records a visit; within a minute of the last one recorded by this process, nothing is
   * written (the dashboard is read on every page, the date shown is to the day).
   */
  async touch(u: { sub: string; given_name: string; family_name: string }, now: number) {
    const last = this.#touched.get(u.sub);
    if (last !== undefined && now - last < TOUCH_EVERY_MS && now >= last) return;
    if (this.#touched.size > 10_000) this.#touched.clear();
    this.#touched.set(u.sub, now);
    await this.#db
      .insertInto('users')
      .values({
        sub: u.sub,
        given_name: u.given_name,
        family_name: u.family_name,
        first_seen_at: now,
        last_seen_at: now,
      })
      .onConflict((oc) =>
        oc.column('sub').doUpdateSet({
          given_name: u.given_name,
          family_name: u.family_name,
          last_seen_at: now,
        }),
      )
      .execute();
  }

  async get(sub: string): Promise<UserRecord | undefined> {
    const row = await this.#db
      .selectFrom('users')
      .selectAll()
      .where('sub', '=', sub)
      .executeTakeFirst();
    return row
      ? {
          sub: row.sub,
          givenName: row.given_name,
          familyName: row.family_name,
          firstSeenAt: row.first_seen_at,
          lastSeenAt: row.last_seen_at,
        }
      : undefined;
  }

  async delete(sub: string): Promise<void> {
    this.#touched.delete(sub);
    await this.#db.deleteFrom('users').where('sub', '=', sub).execute();
  }
}
