// The scheduler: runs the jobs of the queue (job-queue.ts) with one handler per kind. A job that
// throws is retried with exponential backoff, and after `maxAttempts` it becomes a dead letter
// the operator sees. The poll loop only looks for due work: the work itself lives in the database,
// so a process that stops or crashes loses nothing (its leases run out and another takes over).
import { backoffMs } from './outbox.ts';
import type { ClaimedJob, JobQueue } from './job-queue.ts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { PollingWorker } from './polling-worker.ts';

export interface JobContext {
  readonly job: ClaimedJob;
  readonly signal: AbortSignal;
  /** Settles the job done, running `also` in the same transaction (only while the lease holds). */
  readonly complete: (also?: (tx: Transaction<Database>) => Promise<void>) => Promise<boolean>;
}

/** A handler either settles the job itself through `complete`, or returns and it is done. */
export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<void>;

/** Retrying will not help: the job becomes a dead letter at once. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

export interface SchedulerOptions {
  readonly queue: JobQueue;
  readonly handlers: Readonly<Record<string, JobHandler>>;
  readonly now?: () => number;
  readonly leaseMs?: number;
  readonly batch?: number;
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Called at each poll before claiming (e.g. to enqueue the day's jobs). */
  readonly beforePoll?: (now: number) => Promise<void>;
  readonly onError?: (error: unknown, job: ClaimedJob) => void;
  /** Runs in the transaction that makes a job a dead letter (e.g. to log the failure). */
  readonly onDead?: (job: ClaimedJob, tx: Transaction<Database>, now: number) => Promise<void>;
}

export class Scheduler extends PollingWorker {
  readonly #o: Required<Omit<SchedulerOptions, 'onError' | 'beforePoll' | 'onDead'>> &
    Pick<SchedulerOptions, 'onError' | 'beforePoll' | 'onDead'>;

  constructor(o: SchedulerOptions) {
    super();
    this.#o = {
      now: Date.now,
      leaseMs: 60_000,
      batch: 20,
      maxAttempts: 6,
      baseDelayMs: 30_000,
      maxDelayMs: 6 * 60 * 60 * 1000,
      ...o,
    };
  }

  protected override async beforeDrain(): Promise<void> {
    await this.#o.beforePoll?.(this.#o.now());
  }

  /** Runs what is due now; resolves with the number of jobs handled. */
  async runOnce(): Promise<number> {
    const o = this.#o;
    const claimed = await o.queue.claim(o.now(), o.leaseMs, o.batch);
    await Promise.all(claimed.map((j) => this.#run(j)));
    return claimed.length;
  }

  async #run(job: ClaimedJob) {
    const o = this.#o;
    const handler = o.handlers[job.kind];
    const state = { settled: false };
    try {
      if (!handler) throw new PermanentJobError(`type de travail inconnu : ${job.kind}`);
      await handler(job.payload, {
        job,
        signal: AbortSignal.timeout(o.leaseMs),
        complete: async (also) => {
          state.settled = true;
          return o.queue.complete(job, o.now(), also);
        },
      });
      if (!state.settled) await o.queue.complete(job, o.now());
    } catch (error) {
      o.onError?.(error, job);
      const dead = error instanceof PermanentJobError || job.attempts + 1 >= o.maxAttempts;
      const now = o.now();
      await o.queue.fail(
        job,
        {
          error: error instanceof Error ? error.message : 'échec du travail',
          nextAttemptAt: now + backoffMs(job.attempts, o.baseDelayMs, o.maxDelayMs),
          dead,
        },
        now,
        dead && o.onDead ? (tx) => o.onDead?.(job, tx, now) ?? Promise.resolve() : undefined,
      );
    }
  }
}
