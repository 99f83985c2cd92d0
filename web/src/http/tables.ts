// The tables of the HTTP hardening (rate limits, idempotency), declared with the code that owns
// them (Kysely `withTables`), created by migration 0050.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface RateLimitsTable {
  /** Limit name and who is counted (address or person). */
  key: string;
  hits: number;
  /** When the current window ends (epoch ms). */
  reset_at: number;
}

export interface IdempotencyKeysTable {
  /** `u:<sub>` for a person, `s:<session id>` for any other session. */
  scope: string;
  /** Method and path, e.g. `POST /api/me/declarations`. */
  route: string;
  key: string;
  /** SHA-256 of the request body: the same key with another body is refused. */
  fingerprint: string;
  /** `pending` while the first request runs, `done` once its answer is kept. */
  state: string;
  status: number | null;
  content_type: string | null;
  body: string | null;
  created_at: number;
}

export type HardeningTables = {
  rate_limits: RateLimitsTable;
  idempotency_keys: IdempotencyKeysTable;
};

export type HardeningDb = Kysely<Database & HardeningTables>;

export const hardeningDb = (db: Kysely<Database>): HardeningDb => db.withTables<HardeningTables>();
