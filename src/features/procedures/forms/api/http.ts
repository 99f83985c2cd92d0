// How the procedures, documents and messages pages talk to the server: same-origin cookies,
// the CSRF token on every change, answers checked against the shared contracts. A network
// failure (offline, server unreachable) is told apart from a refusal, so that a procedure can
// wait for the network instead of failing.
import { fetchOnce } from '../../../../shared/lib/api.ts';
import { readSession } from '../../../../shared/lib/session.ts';
import type { z } from 'zod/mini';

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** The server refused: its status, its message, and one message per field when it gave some. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string | undefined;
  readonly fields: readonly FieldIssue[];
  constructor(status: number, message: string, fields: readonly FieldIssue[] = [], code?: string) {
    super(message);
    this.status = status;
    this.fields = fields;
    this.code = code;
  }
}

/** The request never got an answer. */
export class NetworkError extends Error {
  override name = 'NetworkError';
}

export interface Me {
  readonly csrfToken: string;
}

async function send(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetchOnce(url, { credentials: 'same-origin', ...init });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : 'network', { cause: error });
  }
}

export async function call<T>(schema: z.ZodMiniType<T>, url: string, init?: RequestInit) {
  const res = await send(url, init);
  const body = (await res.json().catch(() => undefined)) as
    { message?: string; fields?: FieldIssue[]; error?: string } | undefined;
  if (!res.ok)
    throw new ApiError(
      res.status,
      body?.message ?? res.statusText,
      body?.fields ?? [],
      body?.error,
    );
  return schema.parse(body);
}

/** The session's CSRF token, or null when nobody is logged in on this browser. */
export async function getMe(): Promise<Me | null> {
  const answer = await readSession();
  if (answer.kind === 'anonymous') return null;
  if (answer.kind === 'failed') throw new ApiError(answer.status, answer.statusText);
  const { body } = answer;
  if (typeof body.csrfToken !== 'string') throw new ApiError(500, 'session illisible');
  return { csrfToken: body.csrfToken };
}

export const jsonInit = (me: Me, method: 'POST' | 'DELETE', body?: unknown): RequestInit => ({
  method,
  headers: {
    'x-csrf-token': me.csrfToken,
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
  },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

export const sendRaw = send;
