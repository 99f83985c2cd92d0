// The declarations API as the page sees it: every answer checked against the shared contract.
// Personal answers are never cached by the service worker (/api/* is network-only).
import { fetchOnce } from '../../../../shared/lib/api.ts';
import { readSession } from '../../../../shared/lib/session.ts';
import type { z } from 'zod/mini';
import {
  communesResponse,
  declarationView,
  declarationsResponse,
  previewResponse,
  type DeclarationContent,
} from '../../../../shared/contracts/declarations.ts';

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** A refused request: the status, and the server's message for each field when it gave some. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly fields: readonly FieldIssue[];
  constructor(status: number, message: string, fields: readonly FieldIssue[] = []) {
    super(message);
    this.status = status;
    this.fields = fields;
  }
}

async function call<T>(schema: z.ZodMiniType<T>, url: string, init?: RequestInit): Promise<T> {
  const res = await fetchOnce(url, { credentials: 'same-origin', ...init });
  const body = (await res.json().catch(() => undefined)) as
    { message?: string; fields?: FieldIssue[] } | undefined;
  if (!res.ok) throw new ApiError(res.status, body?.message ?? res.statusText, body?.fields ?? []);
  return schema.parse(body);
}

export interface Me {
  readonly csrfToken: string;
}

/** The session, or null when nobody is logged in on this browser. */
export async function getMe(): Promise<Me | null> {
  const answer = await readSession();
  if (answer.kind === 'anonymous') return null;
  if (answer.kind === 'failed') throw new ApiError(answer.status, answer.statusText);
  const { body } = answer;
  if (typeof body.csrfToken !== 'string') throw new ApiError(500, 'session illisible');
  return { csrfToken: body.csrfToken };
}

const post = (me: Me, body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
  body: JSON.stringify(body),
});

export const getCommunes = (postalCode: string) =>
  call(communesResponse, `/api/communes?postal_code=${encodeURIComponent(postalCode)}`);

export const previewDeclaration = (me: Me, content: DeclarationContent) =>
  call(previewResponse, '/api/me/declarations/preview', post(me, { content }));

export const sendDeclaration = (
  me: Me,
  content: DeclarationContent,
  organisations: readonly string[],
  discreet: boolean,
) =>
  call(
    declarationView,
    '/api/me/declarations',
    post(me, { content, organisations, consent: true, discreet }),
  );

export const getDeclaration = (id: string) =>
  call(declarationView, `/api/me/declarations/${encodeURIComponent(id)}`);

export const getDeclarations = () => call(declarationsResponse, '/api/me/declarations');
