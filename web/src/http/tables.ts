// The tables of the hardening (rate limits, idempotency, work leases, sandbox receipts), declared with the code that owns
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

export interface WorkLeasesTable {
  /** What is claimed, e.g. `message:<id>`. */
  name: string;
  /** A random token of the claimer: only it may release the claim. */
  holder: string;
  until: number;
}

export interface SandboxReceiptsTable {
  idempotency_key: string;
  organisation: string;
  kind: string;
  /** JSON of what was delivered. */
  payload: string;
  reference: string;
  received_at: number;
}

export type HardeningTables = {
  rate_limits: RateLimitsTable;
  idempotency_keys: IdempotencyKeysTable;
  work_leases: WorkLeasesTable;
  sandbox_receipts: SandboxReceiptsTable;
};

export type HardeningDb = Kysely<Database & HardeningTables>;

export const hardeningDb = (db: Kysely<Database>): HardeningDb => db.withTables<HardeningTables>();
