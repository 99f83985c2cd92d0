// How the assisted pages talk to the server: same-origin cookies; on agents' paths the agent
// session's own CSRF token (GET /api/agent/me gives it), on the person's paths the person's
// (GET /api/me); every change through fetchOnce (one Idempotency-Key per intended action);
// answers checked against the shared contract. A 403 keeps the server's French message.
import type { z } from 'zod/mini';
import { fetchOnce } from '../../../shared/lib/api.ts';

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

async function send(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetchOnce(url, { credentials: 'same-origin', ...init });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : 'network', { cause: error });
  }
}

async function read(res: Response): Promise<unknown> {
  if (res.status === 204) return undefined;
  return (await res.json().catch(() => undefined)) as unknown;
}

function refusal(res: Response, body: unknown): ApiError {
  const b = (body ?? {}) as { message?: unknown; error?: unknown };
  return new ApiError(
    res.status,
    typeof b.message === 'string' ? b.message : res.statusText,
    typeof b.error === 'string' ? b.error : undefined,
  );
}

export async function getJson<T>(schema: z.ZodMiniType<T>, url: string): Promise<T> {
  const res = await send(url, { headers: { accept: 'application/json' } });
  const body = await read(res);
  if (!res.ok) throw refusal(res, body);
  return schema.parse(body);
}

/** A state-changing call with the given CSRF token and a JSON body. */
export async function postJson<T>(
  schema: z.ZodMiniType<T> | null,
  url: string,
  csrfToken: string,
  body?: unknown,
): Promise<T | undefined> {
  const res = await send(url, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
    },
    body: JSON.stringify(body ?? {}),
  });
  const answer = await read(res);
  if (!res.ok) throw refusal(res, answer);
  return schema ? schema.parse(answer) : undefined;
}
