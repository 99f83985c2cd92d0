// Who is on this browser: the agent (ProConnect, GET /api/agent/me) and the person
// (FranceConnect, GET /api/me), each with their own CSRF token. 401 means "nobody".
import * as z from 'zod/mini';
import { setAssistedSession } from '../../../shared/lib/device-mode.ts';
import { readSession } from '../../../shared/lib/session.ts';
import { ApiError, getJson, NetworkError } from './http.ts';

export const agentMe = z.object({
  agent: z.object({
    givenName: z.string(),
    usualName: z.string(),
    email: z.string(),
    siret: z.string(),
    structure: z.string(),
    role: z.enum(['agent', 'manager']),
  }),
  csrfToken: z.string(),
});
export type AgentSession = z.infer<typeof agentMe>;

export async function getAgentSession(): Promise<AgentSession | null> {
  try {
    const me = await getJson(agentMe, '/api/agent/me');
    // An agent works on this browser: nothing a person types or loads is kept on it.
    setAssistedSession(true);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setAssistedSession(false);
      return null;
    }
    throw error;
  }
}

export interface PersonSession {
  readonly csrfToken: string;
}

export async function getPersonSession(): Promise<PersonSession | null> {
  let answer;
  try {
    answer = await readSession();
  } catch (error) {
    throw new NetworkError('session', { cause: error });
  }
  if (answer.kind === 'anonymous') return null;
  if (answer.kind === 'failed') throw new ApiError(answer.status, answer.statusText);
  const { csrfToken } = answer.body;
  if (typeof csrfToken !== 'string') throw new ApiError(500, 'session');
  return { csrfToken };
}

/** Ends the agent's session; answers where to go to end the ProConnect session. */
export async function agentLogout(csrfToken: string): Promise<string> {
  const res = await fetch('/auth/agent/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
  });
  const body = (await res.json().catch(() => ({}))) as { logoutUrl?: unknown };
  if (!res.ok) throw new ApiError(res.status, res.statusText);
  setAssistedSession(false);
  return typeof body.logoutUrl === 'string' ? body.logoutUrl : '/accompagnement';
}
