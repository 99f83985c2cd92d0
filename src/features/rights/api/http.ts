// How the dashboard talks to the server: same-origin cookies, the session's CSRF token on every
// change, answers checked against the shared contracts. A refusal keeps the server's message.
import { fetchOnce } from '../../../shared/lib/api.ts';
import { readSession } from '../../../shared/lib/session.ts';
import type { z } from 'zod/mini';

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export interface Session {
  readonly csrfToken: string;
  readonly user: { readonly given_name?: string; readonly family_name?: string };
}

async function send(url: string, init?: RequestInit): Promise<Response> {
  return fetchOnce(url, { credentials: 'same-origin', ...init });
}

export async function call<T>(schema: z.ZodMiniType<T>, url: string, init?: RequestInit) {
  const res = await send(url, init);
  const body = (await res.json().catch(() => undefined)) as { message?: string } | undefined;
  if (!res.ok) throw new ApiError(res.status, body?.message ?? res.statusText);
  return schema.parse(body);
}

/** The session, or null when nobody is logged in on this browser. */
export async function getSession(): Promise<Session | null> {
  const answer = await readSession();
  if (answer.kind === 'anonymous') return null;
  if (answer.kind === 'failed') throw new ApiError(answer.status, answer.statusText);
  const body = answer.body as Partial<Session>;
  if (typeof body.csrfToken !== 'string') throw new ApiError(500, 'session');
  return { csrfToken: body.csrfToken, user: body.user ?? {} };
}

export const jsonInit = (
  session: Session,
  method: 'POST' | 'PUT' | 'DELETE',
  body?: unknown,
): RequestInit => ({
  method,
  headers: {
    accept: 'application/json',
    'x-csrf-token': session.csrfToken,
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
  },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});
