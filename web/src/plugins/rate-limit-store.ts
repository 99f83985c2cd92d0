// @fastify/rate-limit's store over the portal's database, so that a limit holds across every
// server process (SQLite file or PostgreSQL). One statement per hit: an upsert that starts a new
// window when the old one is over, and returns the count — atomic on both databases.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { hardeningDb, type HardeningDb } from '../http/tables.ts';

export interface Hit {
  readonly current: number;
  readonly ttl: number;
}

type Callback = (error: Error | null, result?: Hit) => void;

/** Counts hits per key in fixed windows; shared by the HTTP limits and the identity provider. */
export class SqlRateCounter {
  readonly #db: HardeningDb;
  readonly #now: () => number;
  constructor(db: Kysely<Database>, now: () => number = Date.now) {
    this.#db = hardeningDb(db);
    this.#now = now;
  }

  async hit(key: string, windowMs: number): Promise<Hit> {
    const now = this.#now();
    const resetAt = now + windowMs;
    const row = await this.#db
      .insertInto('rate_limits')
      .values({ key, hits: 1, reset_at: resetAt })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          hits: sql<number>`case when rate_limits.reset_at <= ${now} then 1 else rate_limits.hits + 1 end`,
          reset_at: sql<number>`case when rate_limits.reset_at <= ${now} then ${resetAt} else rate_limits.reset_at end`,
        }),
      )
      .returning(['hits', 'reset_at'])
      .executeTakeFirstOrThrow();
    return { current: row.hits, ttl: Math.max(0, row.reset_at - now) };
  }

  async read(key: string): Promise<Hit> {
    const now = this.#now();
    const row = await this.#db
      .selectFrom('rate_limits')
      .select(['hits', 'reset_at'])
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row || row.reset_at <= now) return { current: 0, ttl: 0 };
    return { current: row.hits, ttl: row.reset_at - now };
  }

  async reset(key: string): Promise<void> {
    await this.#db.deleteFrom('rate_limits').where('key', '=', key).execute();
  }

  /** Windows that are over carry no information: removed from time to time. */
  async sweep(): Promise<number> {
    const res = await this.#db
      .deleteFrom('rate_limits')
      .where('reset_at', '<=', this.#now())
      .executeTakeFirst();
    return Number(res.numDeletedRows);
  }
}

/** A route's merged limit options: its method and URL name its counters (or its groupId). */
function childName(params: object): string {
  const p = params as { routeInfo?: { method?: unknown; url?: unknown }; groupId?: unknown };
  if (typeof p.groupId === 'string') return p.groupId;
  const method = p.routeInfo?.method;
  const url = p.routeInfo?.url;
  return `${Array.isArray(method) ? method.join(',') : typeof method === 'string' ? method : ''} ${typeof url === 'string' ? url : ''}`;
}

/** The store class @fastify/rate-limit instantiates; each route's limit gets its own keys. */
export function sqlStore(counter: SqlRateCounter, prefix = 'global') {
  return class SqlStore {
    readonly prefix: string;
    constructor(_params?: unknown, childPrefix?: string) {
      this.prefix = childPrefix ?? prefix;
    }
    incr(key: string, cb: Callback, timeWindow: number) {
      counter.hit(`${this.prefix}|${key}`, timeWindow).then(
        (hit) => {
          cb(null, hit);
        },
        (error: unknown) => {
          cb(error instanceof Error ? error : new Error('rate limit store'));
        },
      );
    }
    read(key: string, cb: Callback) {
      counter.read(`${this.prefix}|${key}`).then(
        (hit) => {
          cb(null, hit);
        },
        (error: unknown) => {
          cb(error instanceof Error ? error : new Error('rate limit store'));
        },
      );
    }
    child(params: object) {
      return new SqlStore(undefined, childName(params));
    }
  };
}
