// The kiosk's reset, after inactivity or "Terminer et effacer": the one wipe of the device, then
// the portal's and FranceConnect's sessions, then a full load of /borne/efface (by way of the
// identity provider's end-session page when online) so that nothing of the visit stays in
// memory, and a waiting version of the app is applied now, between two people.
import { kioskStatus, saveKioskStatus } from '../../../shared/lib/device-mode.ts';
import { endPortalSession, wipeDevice } from '../../../shared/lib/wipe.ts';
import { encodeSummary, summaryOf } from './erase-summary.ts';

export const ERASED_PATH = '/borne/efface';

export interface ResetDeps {
  /** Applies a waiting service-worker version, then calls `then`; absent when none waits. */
  readonly applyUpdate?: ((then: () => void) => void) | null;
  readonly navigate?: (url: string) => void;
  readonly online?: () => boolean;
  readonly now?: () => number;
}

const sameOrigin = (url: string) => {
  try {
    return new URL(url, location.href).origin === location.origin;
  } catch {
    return false;
  }
};

export async function resetKiosk(d: ResetDeps = {}): Promise<string> {
  const report = await wipeDevice({ endSession: false });
  saveKioskStatus({ ...kioskStatus(), lastReset: (d.now ?? Date.now)() });
  const online = (d.online ?? (() => navigator.onLine))();
  const signedIn = encodeSummary(summaryOf(report, true));
  const session = online
    ? await endPortalSession({ state: signedIn })
    : { ended: false, url: null };
  let target: string;
  if (session.url && !sameOrigin(session.url))
    target = session.url; // the provider, then back
  else if (session.ended) target = `${ERASED_PATH}?state=${signedIn}`;
  else target = `${ERASED_PATH}?state=${encodeSummary(summaryOf(report, false))}`;
  const go =
    d.navigate ??
    ((url: string) => {
      location.replace(url);
    });
  if (d.applyUpdate)
    d.applyUpdate(() => {
      go(target);
    });
  else go(target);
  return target;
}
