// The durable job queue of the scheduler: one row per job, keyed so that enqueueing the same
// work twice makes one job. Workers claim due jobs with a lease — on PostgreSQL with
// `FOR UPDATE SKIP LOCKED` (two processes never wait on or take the same row), on SQLite with a
// conditional update (one writer at a time) — and only the lease's holder may settle a job: a
// worker whose lease ran out and was taken over changes nothing.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Dialect } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

export interface JobsTable {
  /** The job's identity: `deliver:<alert>:<channel>`, `sources:<person>:<day>`… */
  key: string;
  kind: string;
  /** JSON. */
  payload: string;
  /** pending, retry, done or dead (gave up: shown to the operator). */
  status: string;
  attempts: number;
  next_attempt_at: number;
  locked_until: number;
  holder: string | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

export type JobsDb = Kysely<Database & { jobs: JobsTable }>;
export type JobStatus = 'pending' | 'retry' | 'done' | 'dead';

export interface NewJob {
  readonly key: string;
  readonly kind: string;
  readonly payload: unknown;
  /** Not before this time (epoch ms); now by default. */
  readonly runAt?: number;
}

export interface ClaimedJob {
  readonly key: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly attempts: number;
  readonly lockedUntil: number;
  readonly holder: string;
}

export interface JobSummary {
  readonly key: string;
  readonly kind: string;
  readonly status: JobStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

const DUE = ['pending', 'retry'];

const summary = (r: JobsTable): JobSummary => ({
  key: r.key,
  kind: r.kind,
  status: r.status as JobStatus,
  attempts: r.attempts,
  lastError: r.last_error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const jobsDb = (db: Kysely<Database>): JobsDb => db.withTables<{ jobs: JobsTable }>();

/** Adds the jobs whose key is new, on a connection or inside the caller's transaction. */
export async function enqueueJobs(
  conn: Kysely<Database>,
  jobs: readonly NewJob[],
  now: number,
): Promise<number> {
  const db = jobsDb(conn);
  let added = 0;
  for (const j of jobs) {
    const res = await db
      .insertInto('jobs')
      .values({
        key: j.key,
        kind: j.kind,
        payload: JSON.stringify(j.payload),
        status: 'pending',
        attempts: 0,
        next_attempt_at: j.runAt ?? now,
        locked_until: 0,
        holder: null,
        last_error: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    added += Number(res.numInsertedOrUpdatedRows ?? 0n);
  }
  return added;
}

export class JobQueue {
  readonly #raw: Kysely<Database>;
  readonly #db: JobsDb;
  readonly #dialect: Dialect;
  constructor(db: Kysely<Database>, dialect: Dialect) {
    this.#raw = db;
    this.#db = jobsDb(db);
    this.#dialect = dialect;
  }

  /** Adds the jobs whose key is new; returns how many were added. */
  enqueue(jobs: readonly NewJob[], now: number): Promise<number> {
    return enqueueJobs(this.#raw, jobs, now);
  }

  /** Takes up to `limit` due jobs for `leaseMs` under a fresh holder token. */
  async claim(now: number, leaseMs: number, limit: number): Promise<ClaimedJob[]> {
    const holder = randomUUID();
    const lockedUntil = now + leaseMs;
    const rows =
      this.#dialect === 'postgres'
        ? await this.#claimPostgres(now, lockedUntil, holder, limit)
        : await this.#claimSqlite(now, lockedUntil, holder, limit);
    return rows.map((r) => ({
      key: r.key,
      kind: r.kind,
      payload: JSON.parse(r.payload) as unknown,
      attempts: r.attempts,
      lockedUntil,
      holder,
    }));
  }

  async #claimPostgres(now: number, lockedUntil: number, holder: string, limit: number) {
    const result = await sql<JobsTable>`
      update jobs set locked_until = ${lockedUntil}, holder = ${holder}
      where key in (
        select key from jobs
        where status in ('pending', 'retry') and next_attempt_at <= ${now}
          and locked_until <= ${now}
        order by next_attempt_at, key
        limit ${limit}
        for update skip locked)
      returning *`.execute(this.#db);
    return result.rows;
  }

  async #claimSqlite(now: number, lockedUntil: number, holder: string, limit: number) {
    const due = await this.#db
      .selectFrom('jobs')
      .selectAll()
      .where('status', 'in', DUE)
      .where('next_attempt_at', '<=', now)
      .where('locked_until', '<=', now)
      .orderBy('next_attempt_at')
      .orderBy('key')
      .limit(limit)
      .execute();
    const claimed: JobsTable[] = [];
    for (const r of due) {
      const res = await this.#db
        .updateTable('jobs')
        .set({ locked_until: lockedUntil, holder })
        .where('key', '=', r.key)
        .where('locked_until', '=', r.locked_until)
        .where('status', 'in', DUE)
        .executeTakeFirst();
      if (res.numUpdatedRows === 1n) claimed.push(r);
    }
    return claimed;
  }

  /** Marks the job done if this holder still has it; runs `also` in the same transaction. */
  async complete(
    job: ClaimedJob,
    now: number,
    also?: (tx: Transaction<Database>) => Promise<void>,
  ): Promise<boolean> {
    return this.#raw.transaction().execute(async (tx) => {
      const res = await jobsDb(tx)
        .updateTable('jobs')
        .set((eb) => ({
          status: 'done',
          attempts: eb('attempts', '+', 1),
          last_error: null,
          locked_until: 0,
          holder: null,
          updated_at: now,
        }))
        .where('key', '=', job.key)
        .where('holder', '=', job.holder)
        .where('status', 'in', DUE)
        .executeTakeFirst();
      if (res.numUpdatedRows !== 1n) return false;
      await also?.(tx);
      return true;
    });
  }

  /** Schedules a retry, or gives up (dead letter), under the same lease rule. */
  async fail(
    job: ClaimedJob,
    f: { readonly error: string; readonly nextAttemptAt: number; readonly dead: boolean },
    now: number,
    also?: (tx: Transaction<Database>) => Promise<void>,
  ): Promise<boolean> {
    return this.#raw.transaction().execute(async (tx) => {
      const res = await jobsDb(tx)
        .updateTable('jobs')
        .set((eb) => ({
          status: f.dead ? 'dead' : 'retry',
          attempts: eb('attempts', '+', 1),
          last_error: f.error.slice(0, 500),
          next_attempt_at: f.nextAttemptAt,
          locked_until: 0,
          holder: null,
          updated_at: now,
        }))
        .where('key', '=', job.key)
        .where('holder', '=', job.holder)
        .where('status', 'in', DUE)
        .executeTakeFirst();
      if (res.numUpdatedRows !== 1n) return false;
      await also?.(tx);
      return true;
    });
  }

  async counts(): Promise<Record<JobStatus, number>> {
    const rows = await this.#db
      .selectFrom('jobs')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    const out: Record<JobStatus, number> = { pending: 0, retry: 0, done: 0, dead: 0 };
    for (const r of rows) if (r.status in out) out[r.status as JobStatus] = r.n;
    return out;
  }

  /** Jobs that gave up, newest first (the operator's dead letters). */
  async dead(limit = 100): Promise<JobSummary[]> {
    const rows = await this.#db
      .selectFrom('jobs')
      .selectAll()
      .where('status', '=', 'dead')
      .orderBy('updated_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map(summary);
  }

  async get(key: string): Promise<JobSummary | undefined> {
    const r = await this.#db
      .selectFrom('jobs')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirst();
    return r ? summary(r) : undefined;
  }

  /** Jobs not yet settled (pending or waiting for a retry). */
  async openCount(kind?: string): Promise<number> {
    const r = await this.#db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'in', DUE)
      .$if(kind !== undefined, (q) => q.where('kind', '=', kind ?? ''))
      .executeTakeFirstOrThrow();
    return r.n;
  }
}
