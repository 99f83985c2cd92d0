// Sessions in the portal's SQL database through Kysely (SQLite or PostgreSQL), so that they
// survive a restart and are shared by several server processes. The expected table, to be
// created by the storage layer's migrations:
//   sessions(id text primary key, data text not null, created_at bigint not null,
//            last_seen_at bigint not null, user_sub text) with indexes on last_seen_at, user_sub.
import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { SessionData, SessionRepository } from './sessions.ts';

export interface SessionsTable {
  id: string;
  data: string;
  created_at: number | string;
  last_seen_at: number | string;
  /** The logged-in person (migration 0050), so that all their sessions can be ended at once. */
  user_sub?: string | null;
}

export interface SessionsDatabase {
  sessions: SessionsTable;
}

const pending = z.object({
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  returnTo: z.string(),
  createdAt: z.number(),
});
const user = z.object({
  sub: z.string(),
  given_name: z.string(),
  family_name: z.string(),
  birthdate: z.string(),
  gender: z.string(),
  birthplace: z.string(),
  birthcountry: z.string(),
  email: z.string(),
  acr: z.string(),
});
// What is read back from the database is checked like any other input.
const stored = z.object({
  csrfToken: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
  user: user.optional(),
  idToken: z.string().optional(),
  pending: pending.optional(),
});

/**
 * The table holds an HMAC of each session id (keyed by SESSION_SECRET), never the id the browser
 * holds: a copy of the database or of a backup gives no cookie that would log anyone in.
 */
export class SqlSessionRepository implements SessionRepository {
  readonly #db: Kysely<SessionsDatabase>;
  readonly #secret: string;
  constructor(db: Kysely<SessionsDatabase>, secret: string) {
    this.#db = db;
    this.#secret = secret;
  }

  /** The row key of a session id. */
  keyOf(id: string): string {
    return createHmac('sha256', this.#secret).update(id).digest('base64url');
  }

  async get(id: string): Promise<SessionData | undefined> {
    const row = await this.#db
      .selectFrom('sessions')
      .select('data')
      .where('id', '=', this.keyOf(id))
      .executeTakeFirst();
    if (!row) return undefined;
    const parsed = stored.safeParse(JSON.parse(row.data));
    if (!parsed.success) return undefined;
    const { user: u, idToken, pending: p, ...rest } = parsed.data;
    return {
      ...rest,
      ...(u ? { user: u } : {}),
      ...(idToken ? { idToken } : {}),
      ...(p ? { pending: p } : {}),
    };
  }

  async set(id: string, data: SessionData): Promise<void> {
    const row = {
      id: this.keyOf(id),
      data: JSON.stringify(data),
      created_at: data.createdAt,
      last_seen_at: data.lastSeenAt,
      user_sub: data.user?.sub ?? null,
    };
    await this.#db
      .insertInto('sessions')
      .values(row)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          data: row.data,
          last_seen_at: row.last_seen_at,
          user_sub: row.user_sub,
        }),
      )
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.#db.deleteFrom('sessions').where('id', '=', this.keyOf(id)).execute();
  }

  async deleteForUser(sub: string): Promise<number> {
    const res = await this.#db
      .deleteFrom('sessions')
      .where('user_sub', '=', sub)
      .executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  async deleteExpired(before: { idle: number; absolute: number }): Promise<number> {
    const res = await this.#db
      .deleteFrom('sessions')
      .where((eb) =>
        eb.or([eb('last_seen_at', '<', before.idle), eb('created_at', '<', before.absolute)]),
      )
      .executeTakeFirst();
    return Number(res.numDeletedRows);
  }
}
