// The kiosk's calls to the server. Each presents the kiosk's own token (never a person's), and
// each answer is checked against the shared contract.
import {
  KIOSK_MESSAGES,
  kioskAuthorization,
  kioskEnrolmentResponse,
  kioskTicketResponse,
  type KioskCheckInRequest,
  type KioskEnrolmentResponse,
  type KioskTicketResponse,
} from '../../../shared/contracts/kiosk.ts';
import { fetchOnce } from '../../../shared/lib/api.ts';

export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly kind: 'refused' | 'offline'; readonly message?: string };

async function refusal(res: Response): Promise<string | undefined> {
  const body = (await res.json().catch(() => ({}))) as { message?: unknown };
  return typeof body.message === 'string' ? body.message : undefined;
}

const json = { 'content-type': 'application/json', accept: 'application/json' };

export async function enrol(input: {
  readonly code: string;
  readonly idleSeconds?: number;
  readonly warningSeconds?: number;
}): Promise<Outcome<KioskEnrolmentResponse>> {
  let res: Response;
  try {
    res = await fetchOnce('/api/borne/enrolement', {
      method: 'POST',
      headers: json,
      body: JSON.stringify(input),
    });
  } catch {
    return { ok: false, kind: 'offline' };
  }
  if (res.status !== 201) {
    const message = await refusal(res);
    return {
      ok: false,
      kind: res.status >= 500 ? 'offline' : 'refused',
      message: message ?? KIOSK_MESSAGES.codeInvalid,
    };
  }
  const parsed = kioskEnrolmentResponse.safeParse(await res.json().catch(() => null));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, kind: 'offline' };
}

export async function checkIn(token: string, body: KioskCheckInRequest): Promise<boolean> {
  try {
    const res = await fetchOnce('/api/borne/pointage', {
      method: 'POST',
      headers: { ...json, authorization: kioskAuthorization(token) },
      body: JSON.stringify(body),
    });
    return res.status === 204;
  } catch {
    return false;
  }
}

export async function requestTicket(token: string): Promise<Outcome<KioskTicketResponse>> {
  try {
    const res = await fetchOnce('/api/borne/tickets', {
      method: 'POST',
      headers: { ...json, authorization: kioskAuthorization(token) },
      body: '{}',
    });
    if (res.status !== 201) return { ok: false, kind: res.status >= 500 ? 'offline' : 'refused' };
    const parsed = kioskTicketResponse.safeParse(await res.json().catch(() => null));
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, kind: 'offline' };
  } catch {
    return { ok: false, kind: 'offline' };
  }
}
