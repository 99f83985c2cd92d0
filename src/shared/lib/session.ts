// The one request for "who is logged in on this browser" (GET /api/me). The body is read even on
// a refusal: an unread body leaves the request open in the browser, and the page never idle.
export type SessionAnswer =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'failed'; readonly status: number; readonly statusText: string }
  | {
      readonly kind: 'ok';
      readonly body: { readonly csrfToken?: unknown; readonly user?: unknown };
    };

export async function readSession(): Promise<SessionAnswer> {
  const res = await fetch('/api/me', { credentials: 'same-origin' });
  const body = (await res.json().catch(() => ({}))) as { csrfToken?: unknown; user?: unknown };
  if (res.status === 401) return { kind: 'anonymous' };
  if (!res.ok) return { kind: 'failed', status: res.status, statusText: res.statusText };
  return { kind: 'ok', body };
}
