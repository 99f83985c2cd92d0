// The last good answer of each organisation for each person, with the date it was fetched, so
// that an unavailable organisation shows yesterday's data with its date instead of nothing.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface CachedAnswer {
  readonly payload: unknown;
  readonly fetchedAt: number;
}

export class ConnectorCacheRepository {
  readonly #db: Kysely<Database>;
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async get(sub: string, organisation: string): Promise<CachedAnswer | undefined> {
    const row = await this.#db
      .selectFrom('connector_cache')
      .select(['payload', 'fetched_at'])
      .where('user_sub', '=', sub)
      .where('organisation', '=', organisation)
      .executeTakeFirst();
    if (!row) return undefined;
    try {
      return { payload: JSON.parse(row.payload) as unknown, fetchedAt: row.fetched_at };
    } catch {
      return undefined;
    }
  }

  async put(sub: string, organisation: string, payload: unknown, fetchedAt: number) {
    const values = { payload: JSON.stringify(payload), fetched_at: fetchedAt };
    await this.#db
      .insertInto('connector_cache')
      .values({ user_sub: sub, organisation, ...values })
      .onConflict((oc) => oc.columns(['user_sub', 'organisation']).doUpdateSet(values))
      .execute();
  }

  /** Which organisations' answers are held for this person, and since when (RGPD listing). */
  async listForUser(sub: string): Promise<{ organisation: string; fetchedAt: number }[]> {
    const rows = await this.#db
      .selectFrom('connector_cache')
      .select(['organisation', 'fetched_at'])
      .where('user_sub', '=', sub)
      .orderBy('organisation')
      .execute();
    return rows.map((r) => ({ organisation: r.organisation, fetchedAt: r.fetched_at }));
  }

  async deleteForUser(sub: string): Promise<void> {
    await this.#db.deleteFrom('connector_cache').where('user_sub', '=', sub).execute();
  }

  /** Drops answers older than `before` (run periodically: the cache is not an archive). */
  async deleteOlderThan(before: number): Promise<number> {
    const r = await this.#db
      .deleteFrom('connector_cache')
      .where('fetched_at', '<', before)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
