// The outbox worker: delivers each pending row to its organisation, marks it delivered only
// after the organisation answered, and otherwise schedules a retry with exponential backoff
// (or asks the person to act after a permanent refusal or too many attempts). Organisations
// are delivered in parallel, each call with its own timeout, so one slow organisation does not
// hold the others. Rows are claimed with a lease, so a crashed process loses nothing.
import type { ClaimedDelivery, OutboxRepository } from '../db/outbox.ts';

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

export class OutboxWorker {
  readonly #o: Required<Omit<OutboxWorkerOptions, 'onError'>> &
    Pick<OutboxWorkerOptions, 'onError'>;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;
  #again = false;

  constructor(o: OutboxWorkerOptions) {
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

  /** Runs until nothing is due; a kick during a run schedules one more pass. */
  drain(): Promise<number> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    const loop = async () => {
      let total = 0;
      do {
        let n;
        while ((n = await this.runOnce()) > 0) total += n;
      } while (this.#takeAgain());
      return total;
    };
    this.#running = loop().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  #takeAgain(): boolean {
    const again = this.#again;
    this.#again = false;
    return again;
  }

  /** Polls every `intervalMs` for retries that became due; kick() after an enqueue. */
  start(intervalMs: number, onError: (e: unknown) => void) {
    const tick = () => {
      this.drain().catch(onError);
    };
    this.#timer = setInterval(tick, intervalMs);
    this.#timer.unref();
    tick();
  }

  kick(onError: (e: unknown) => void) {
    this.drain().catch(onError);
  }

  async stop() {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running?.catch(() => undefined);
  }
}
