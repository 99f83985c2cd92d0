// The outbox worker: delivers each pending row to its organisation, marks it delivered only
// after the organisation answered, and otherwise schedules a retry with exponential backoff
// (or asks the person to act after a permanent refusal or too many attempts). Organisations
// are delivered in parallel, each call with its own timeout, so one slow organisation does not
// hold the others. Rows are claimed with a lease, so a crashed process loses nothing.
import type { ClaimedDelivery, OutboxRepository } from '../db/outbox.ts';
import { PollingWorker } from './polling-worker.ts';

export interface Delivery {
  readonly organisation: string;
  readonly idempotencyKey: string;
  readonly kind: string;
  readonly payload: unknown;
}

export interface DeliveryReceipt {
  readonly reference: string;
  /** The organisation confirms it processed the declaration, not only received it. */
  readonly acknowledged: boolean;
}

export type Deliver = (d: Delivery, signal: AbortSignal) => Promise<DeliveryReceipt>;

/** The organisation refused the declaration itself: retrying will not help, the person must act. */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}

export interface OutboxWorkerOptions {
  readonly repo: OutboxRepository;
  readonly deliver: Deliver;
  readonly now?: () => number;
  readonly leaseMs?: number;
  readonly batch?: number;
  readonly timeoutMs?: number;
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly onError?: (error: unknown, d: ClaimedDelivery) => void;
}

export function backoffMs(attempt: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** attempt);
}

export class OutboxWorker extends PollingWorker {
  readonly #o: Required<Omit<OutboxWorkerOptions, 'onError'>> &
    Pick<OutboxWorkerOptions, 'onError'>;

  constructor(o: OutboxWorkerOptions) {
    super();
    this.#o = {
      now: Date.now,
      leaseMs: 30_000,
      batch: 20,
      timeoutMs: 5000,
      maxAttempts: 8,
      baseDelayMs: 1000,
      maxDelayMs: 60 * 60 * 1000,
      ...o,
    };
  }

  /** Delivers what is due now; resolves with the number of rows handled. */
  async runOnce(): Promise<number> {
    const o = this.#o;
    const claimed = await o.repo.claimDue(o.now(), o.leaseMs, o.batch);
    await Promise.all(claimed.map((d) => this.#deliverOne(d)));
    return claimed.length;
  }

  async #deliverOne(d: ClaimedDelivery) {
    const o = this.#o;
    try {
      const receipt = await o.deliver(
        {
          organisation: d.organisation,
          idempotencyKey: d.idempotencyKey,
          kind: d.kind,
          payload: JSON.parse(d.payload) as unknown,
        },
        AbortSignal.timeout(Math.min(o.timeoutMs, o.leaseMs)),
      );
      await o.repo.markDelivered(
        d,
        receipt.acknowledged ? 'acknowledged' : 'sent',
        receipt.reference,
        o.now(),
      );
    } catch (error) {
      o.onError?.(error, d);
      const attempts = d.attempts + 1;
      const giveUp = error instanceof PermanentDeliveryError || attempts >= o.maxAttempts;
      await o.repo.markFailed(
        d,
        {
          error: error instanceof Error ? error.message : 'échec de l’envoi',
          nextAttemptAt: o.now() + backoffMs(d.attempts, o.baseDelayMs, o.maxDelayMs),
          giveUp,
        },
        o.now(),
      );
    }
  }
}
