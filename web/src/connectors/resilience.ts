// The three protections around every call to an organisation: an overall deadline (shared by
// all attempts, so a failing organisation costs at most its timeout), bounded retries with
// exponential backoff and jitter for transient failures, and a circuit breaker that stops
// calling an organisation that keeps failing, then lets one trial through after a cool-down.
import { setTimeout as sleep } from 'node:timers/promises';
import { ConnectorHttpError } from './types.ts';

export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

export class CircuitOpenError extends Error {
  override name = 'CircuitOpenError';
}

export interface RetryPolicy {
  /** Total time allowed, all attempts and waits included. */
  readonly timeoutMs: number;
  /** Extra attempts after the first one. */
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly random?: () => number;
}

function isTransient(error: unknown): boolean {
  if (error instanceof ConnectorHttpError) return error.retryable;
  // Network failures from fetch (connection refused, reset) are TypeErrors.
  return error instanceof TypeError;
}

/** Runs `attempt` until it succeeds, fails for good, or the deadline passes. */
export async function callWithRetries<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  policy: RetryPolicy,
): Promise<T> {
  const deadline = AbortSignal.timeout(policy.timeoutMs);
  const random = policy.random ?? Math.random;
  for (let n = 0; ; n += 1) {
    try {
      return await abortable(attempt(deadline), deadline);
    } catch (error) {
      if (deadline.aborted) throw new DeadlineError('délai dépassé', { cause: error });
      if (n >= policy.retries || !isTransient(error)) throw error;
    }
    const backoff = policy.baseDelayMs * 2 ** n * (0.5 + random());
    try {
      await sleep(backoff, undefined, { signal: deadline });
    } catch (error) {
      throw new DeadlineError('délai dépassé', { cause: error });
    }
  }
}

// Even a connector that ignores its signal cannot hold the caller past the deadline.
function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(new DeadlineError('délai dépassé'));
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

export interface BreakerPolicy {
  /** Consecutive failures that open the circuit. */
  readonly threshold: number;
  readonly coolDownMs: number;
  readonly now: () => number;
}

export class CircuitBreaker {
  readonly #policy: BreakerPolicy;
  #failures = 0;
  #openedAt: number | undefined;
  #trialRunning = false;
  constructor(policy: BreakerPolicy) {
    this.#policy = policy;
  }

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.#openedAt === undefined) return 'closed';
    return this.#policy.now() - this.#openedAt >= this.#policy.coolDownMs ? 'half-open' : 'open';
  }

  async run<T>(fn: () => Promise<T>, countsAsFailure: (e: unknown) => boolean): Promise<T> {
    const state = this.state;
    if (state === 'open' || (state === 'half-open' && this.#trialRunning))
      throw new CircuitOpenError('organisme temporairement ignoré après des échecs répétés');
    const trial = state === 'half-open';
    if (trial) this.#trialRunning = true;
    try {
      const value = await fn();
      this.#failures = 0;
      this.#openedAt = undefined;
      return value;
    } catch (error) {
      if (countsAsFailure(error)) {
        this.#failures += 1;
        if (trial || this.#failures >= this.#policy.threshold) this.#openedAt = this.#policy.now();
      }
      throw error;
    } finally {
      if (trial) this.#trialRunning = false;
    }
  }
}
