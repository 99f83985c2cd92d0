// The logged-in person's profile for the prefill, fetched once before a simulation starts
// (never in kiosk mode, never during the simulation). Not logged in, offline or an answer that
// does not match the contract: no prefill, the questionnaire simply asks.
import { profileResponse } from '../../../shared/contracts/profile.ts';
import type { ProfileResponse } from '../../../shared/contracts/profile.ts';

export async function fetchProfile(signal?: AbortSignal): Promise<ProfileResponse | undefined> {
  try {
    const res = await fetch('/api/me/profile', {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      ...(signal ? { signal } : {}),
    });
    // Read even on a refusal: an unread body leaves the request open in the browser.
    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) return undefined;
    const parsed = profileResponse.safeParse(body);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
