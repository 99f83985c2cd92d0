// How the alerts pages talk to the server: same-origin cookies, the session's CSRF token and an
// Idempotency-Key on every change (one key per intended action, reused when it is retried), and
// answers checked against the shared contract. A lost network is told apart from a refusal.
import type { z } from 'zod/mini';
import { readSession } from '../../../shared/lib/session.ts';

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string | undefined;
  constructor(status: number, message: string, code?: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The request never got an answer (offline, server unreachable). */
export class NetworkError extends Error {
  override name = 'NetworkError';
}

export interface Session {
  readonly csrfToken: string;
}

async function send(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { credentials: 'same-origin', ...init });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : 'network', { cause: error });
  }
}

export async function call<T>(schema: z.ZodMiniType<T>, url: string, init?: RequestInit) {
  const res = await send(url, init);
  const body = (await res.json().catch(() => undefined)) as
    { message?: string; error?: string } | undefined;
  if (!res.ok) throw new ApiError(res.status, body?.message ?? res.statusText, body?.error);
  return schema.parse(body);
}

/** The session, or null when nobody is logged in on this browser. */
export async function getSession(): Promise<Session | null> {
  let answer;
  try {
    answer = await readSession();
  } catch (error) {
    throw new NetworkError('session', { cause: error });
  }
  if (answer.kind === 'anonymous') return null;
  if (answer.kind === 'failed') throw new ApiError(answer.status, answer.statusText);
  const { csrfToken } = answer.body;
  if (typeof csrfToken !== 'string') throw new ApiError(500, 'session illisible');
  return { csrfToken };
}

// One key per intended action: the same action retried after a failure keeps its key, so the
// server applies it once; once it succeeded, the next identical action is a new intention.
const pendingKeys = new Map<string, string>();

export function idempotencyKey(action: string): string {
  let key = pendingKeys.get(action);
  if (!key) {
    key = crypto.randomUUID();
    pendingKeys.set(action, key);
  }
  return key;
}

export const settle = (action: string) => pendingKeys.delete(action);

/** A state-changing call: CSRF token (when logged in), JSON body, idempotency key. */
export async function change<T>(
  schema: z.ZodMiniType<T>,
  url: string,
  o: {
    readonly session: Session | null;
    readonly method: 'POST' | 'PUT' | 'DELETE';
    readonly body: unknown;
    readonly action: string;
  },
): Promise<T> {
  const result = await call(schema, url, {
    method: o.method,
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      'idempotency-key': idempotencyKey(o.action),
      ...(o.session ? { 'x-csrf-token': o.session.csrfToken } : {}),
    },
    body: JSON.stringify(o.body),
  });
  settle(o.action);
  return result;
}
