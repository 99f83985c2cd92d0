// Leaving kiosk mode: an agent of the reception area, logged in with ProConnect, withdraws the
// kiosk (the kiosk's token AND the agent's session and CSRF token), then is logged out.
import { kioskAuthorization } from '../../../shared/contracts/kiosk.ts';
import { fetchOnce } from '../../../shared/lib/api.ts';

export interface AgentSession {
  readonly name: string;
  readonly structure: string;
  readonly csrfToken: string;
}

export async function readAgent(): Promise<AgentSession | null | 'offline'> {
  try {
    const res = await fetch('/api/agent/me', { credentials: 'same-origin' });
    const body = (await res.json().catch(() => ({}))) as {
      agent?: { givenName?: unknown; usualName?: unknown; structure?: unknown };
      csrfToken?: unknown;
    };
    if (res.status === 401) return null;
    if (!res.ok || typeof body.csrfToken !== 'string') return 'offline';
    const a = body.agent ?? {};
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return {
      name: `${text(a.givenName)} ${text(a.usualName)}`.trim(),
      structure: text(a.structure),
      csrfToken: body.csrfToken,
    };
  } catch {
    return 'offline';
  }
}

export async function withdraw(
  token: string,
  agent: AgentSession,
): Promise<{ ok: true } | { ok: false; message?: string }> {
  try {
    const res = await fetchOnce('/api/borne/retrait', {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: kioskAuthorization(token),
        'x-csrf-token': agent.csrfToken,
      },
      body: '{}',
    });
    if (res.status === 204) return { ok: true };
    const body = (await res.json().catch(() => ({}))) as { message?: unknown };
    return typeof body.message === 'string' ? { ok: false, message: body.message } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** Ends the agent's portal session; the ProConnect end-session address to go to next. */
export async function logOutAgent(agent: AgentSession): Promise<string> {
  try {
    const res = await fetch('/auth/agent/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'x-csrf-token': agent.csrfToken },
    });
    const body = (await res.json().catch(() => ({}))) as { logoutUrl?: unknown };
    return typeof body.logoutUrl === 'string' ? body.logoutUrl : '/';
  } catch {
    return '/';
  }
}
