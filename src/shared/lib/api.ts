// One way to send a change to the server so that it has one effect: every POST/PUT/PATCH/DELETE
// carries an Idempotency-Key, the same key for the same intended action (same method, address
// and body) until the server has answered it, so that a second click or a retry after a network
// cut is recognised by the server. A "still in progress" answer (409 with Retry-After) is waited
// out; a network failure or a 5xx keeps the key for the person's retry.
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MAX_WAITS = 5;

/** Keys of actions sent but not yet answered, by action (kept in memory only). */
const pending = new Map<string, string>();

const newKey = (): string => crypto.randomUUID();

/** A body that can be compared (JSON text); a file upload is always a new action. */
function actionOf(method: string, url: string, body: RequestInit['body']): string | undefined {
  if (body === undefined || body === null) return `${method} ${url}`;
  return typeof body === 'string' ? `${method} ${url} ${body}` : undefined;
}

const wait = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** fetch, with the action's Idempotency-Key on every change. */
export async function fetchOnce(url: string, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  if (!UNSAFE.has(method)) return fetch(url, init);
  const action = actionOf(method, url, init.body);
  const key = (action && pending.get(action)) ?? newKey();
  if (action) pending.set(action, key);
  const headers = new Headers(init.headers);
  headers.set('Idempotency-Key', key);
  for (let waits = 0; ; waits += 1) {
    const res = await fetch(url, { ...init, headers });
    const retryAfter = Number(res.headers.get('retry-after') ?? '0');
    if (res.status === 409 && retryAfter > 0 && waits < MAX_WAITS) {
      await res.body?.cancel();
      await wait(Math.min(retryAfter, 5) * 1000);
      continue;
    }
    // Answered for good (done, or refused for what was sent): the next send is a new action.
    if (action && res.status < 500 && res.status !== 429 && res.status !== 409)
      pending.delete(action);
    return res;
  }
}
