import { describe, expect, it } from 'vitest';
import { CircuitBreaker, CircuitOpenError, DeadlineError, callWithRetries } from './resilience.ts';
import { ConnectorHttpError } from './types.ts';

const policy = { timeoutMs: 2000, retries: 2, baseDelayMs: 1, random: () => 0 };

describe('callWithRetries', () => {
  it('retries a transient failure and returns the later success', async () => {
    let calls = 0;
    const value = await callWithRetries(async () => {
      calls += 1;
      if (calls < 3) throw new ConnectorHttpError(503, 'indisponible');
      return 'ok';
    }, policy);
    expect(value).toBe('ok');
    expect(calls).toBe(3);
  });

  it('gives up after the bounded number of retries', async () => {
    let calls = 0;
    await expect(
      callWithRetries(async () => {
        calls += 1;
        throw new ConnectorHttpError(502, 'panne');
      }, policy),
    ).rejects.toThrow('panne');
    expect(calls).toBe(3);
  });

  it('does not retry a refusal', async () => {
    let calls = 0;
    await expect(
      callWithRetries(async () => {
        calls += 1;
        throw new ConnectorHttpError(401, 'jeton refusé');
      }, policy),
    ).rejects.toThrow('jeton refusé');
    expect(calls).toBe(1);
  });

  it('ends a call that never answers at the deadline, even if it ignores its signal', async () => {
    await expect(
      callWithRetries(() => new Promise<never>(() => undefined), { ...policy, timeoutMs: 50 }),
    ).rejects.toBeInstanceOf(DeadlineError);
  });
});

describe('CircuitBreaker', () => {
  it('opens after repeated failures, then lets one trial through after the cool-down', async () => {
    const clock = { now: 0 };
    const b = new CircuitBreaker({ threshold: 2, coolDownMs: 1000, now: () => clock.now });
    const fail = () => Promise.reject(new Error('panne'));
    const always = () => true;
    await expect(b.run(fail, always)).rejects.toThrow('panne');
    expect(b.state).toBe('closed');
    await expect(b.run(fail, always)).rejects.toThrow('panne');
    expect(b.state).toBe('open');
    let called = false;
    await expect(
      b.run(async () => {
        called = true;
        return 1;
      }, always),
    ).rejects.toBeInstanceOf(CircuitOpenError);
    expect(called).toBe(false);
    clock.now = 1000;
    expect(b.state).toBe('half-open');
    // A failed trial re-opens at once.
    await expect(b.run(fail, always)).rejects.toThrow('panne');
    expect(b.state).toBe('open');
    clock.now = 2000;
    expect(await b.run(async () => 'back', always)).toBe('back');
    expect(b.state).toBe('closed');
  });

  it('does not count answers that are not failures', async () => {
    const b = new CircuitBreaker({ threshold: 1, coolDownMs: 1000, now: () => 0 });
    await expect(
      b.run(
        () => Promise.reject(new Error('pas de dossier')),
        () => false,
      ),
    ).rejects.toThrow();
    expect(b.state).toBe('closed');
  });
});
