// A fake server at the HTTP boundary for component tests: replaces fetch, records each call
// (method, URL, JSON body, CSRF token, Idempotency-Key) and answers with `handler`, else 404.
import { vi } from 'vitest';

export interface Call {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
  readonly csrf: string | null;
  readonly idempotencyKey: string | null;
}
export type Reply = { status: number; body?: unknown } | undefined;
export type Handler = (call: Call) => Reply;

/** Replaces fetch; `handler` answers, anything else is a 404. Returns the calls made. */
export function fakeServer(handler: Handler): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const call: Call = {
      method: init?.method ?? 'GET',
      url,
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      csrf: headers.get('x-csrf-token'),
      idempotencyKey: headers.get('idempotency-key'),
    };
    calls.push(call);
    const reply = handler(call) ?? { status: 404, body: { message: 'introuvable' } };
    return Promise.resolve(
      new Response(reply.status === 204 ? null : JSON.stringify(reply.body ?? {}), {
        status: reply.status,
      }),
    );
  });
  return calls;
}
