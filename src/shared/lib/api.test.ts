import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchOnce } from './api.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fake server: answers in turn, records the Idempotency-Key of each request. */
function server(...answers: (() => Response)[]) {
  const keys: (string | null)[] = [];
  const fetchMock = vi.fn((_url: string, init?: RequestInit) => {
    keys.push(new Headers(init?.headers).get('idempotency-key'));
    const next = answers.shift();
    if (!next) return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(next());
  });
  vi.stubGlobal('fetch', fetchMock);
  return keys;
}

const ok = () => new Response('{}', { status: 201 });
const body = JSON.stringify({ text: 'Bonjour' });

describe('fetchOnce', () => {
  it('reuses the key when the same action is retried after a network failure', async () => {
    const keys = server();
    await expect(fetchOnce('/api/me/messages', { method: 'POST', body })).rejects.toThrow();
    server(ok);
    const res = await fetchOnce('/api/me/messages', { method: 'POST', body });
    expect(res.status).toBe(201);
    const second = (fetch as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls[0];
    expect(new Headers(second?.[1].headers).get('idempotency-key')).toBe(keys[0]);
    expect(keys[0]).toMatch(/^[\w-]{20,}$/);
  });

  it('sends a new key once the action was answered', async () => {
    const keys = server(ok, ok);
    await fetchOnce('/api/me/error-reports', { method: 'POST', body });
    await fetchOnce('/api/me/error-reports', { method: 'POST', body });
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('waits out a copy still in progress and returns the first answer', async () => {
    vi.useFakeTimers();
    const keys = server(
      () => new Response('{}', { status: 409, headers: { 'retry-after': '1' } }),
      ok,
    );
    const answer = fetchOnce('/api/me/declarations', { method: 'POST', body });
    await vi.runAllTimersAsync();
    expect((await answer).status).toBe(201);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    vi.useRealTimers();
  });

  it('adds no key to a read', async () => {
    const keys = server(ok);
    await fetchOnce('/api/me/messages');
    expect(keys).toEqual([null]);
  });
});
