// The one wipe: everything a person may have left on this device, in one place. Kiosk reset,
// "Terminer et effacer", a logout on a shared device and the ordinary logout all call it, so that
// the next person on the same browser sees nothing of the previous one. It keeps the precache of
// the app shell (code, no answers) and:
// - on a kiosk, only the kiosk's non-personal configuration (the next person starts in French,
//   in the default display);
// - on a personal device, also the display preferences (theme, language, text size): they say
//   nothing about the person's situation, and a logout should not undo them.
import { KIOSK_CONFIG_KEY, isKiosk, leaveDiscreet } from './device-mode.ts';
import { readSession } from './session.ts';
import { SCHEME_KEY } from './theme.ts';

/**
 * Display preferences a personal device keeps through a logout. New ones take the prefix
 * `droits360.display.` (text size, contrast…) and are kept without being listed here.
 */
export const DISPLAY_PREFERENCE_KEYS: readonly string[] = [
  SCHEME_KEY,
  'droits360.lang', // src/shared/i18n/languages.ts (not imported: it maps every catalogue)
];
export const DISPLAY_PREFERENCE_PREFIX = 'droits360.display.';

const isDisplayPreference = (key: string) =>
  DISPLAY_PREFERENCE_KEYS.includes(key) || key.startsWith(DISPLAY_PREFERENCE_PREFIX);

export interface WipeReport {
  /** localStorage and sessionStorage keys removed. */
  readonly storageKeys: readonly string[];
  readonly indexedDbDatabases: readonly string[];
  readonly caches: readonly string[];
  /** The in-memory cache of server answers was emptied. */
  readonly queryCache: boolean;
  /** The portal session was ended on the server (its cookie cleared). */
  readonly portalSession: boolean;
  /** Where to go to end the identity provider's session (FranceConnect's end-session URL), if any. */
  readonly identityProviderLogoutUrl: string | null;
}

export interface WipeOptions {
  /** The app's query cache (passed in, so that this module stays off the home page's chunk). */
  readonly queryCache?: { clear(): void };
  /** Ending the portal session can be skipped (tests, or when already done by the caller). */
  readonly endSession?: boolean;
}

const PRECACHE = /^workbox-precache/;

function clearStorage(s: Storage | undefined, keep: (key: string) => boolean): string[] {
  if (!s) return [];
  const removed: string[] = [];
  for (let i = s.length - 1; i >= 0; i--) {
    const key = s.key(i);
    if (key !== null && !keep(key)) removed.push(key);
  }
  for (const key of removed) s.removeItem(key);
  return removed;
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => {
      resolve();
    };
    req.onerror = () => {
      resolve();
    };
    // another tab keeps it open: the deletion completes when it closes
    req.onblocked = () => {
      resolve();
    };
  });
}

async function wipeIndexedDb(): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
  const names = (await indexedDB.databases().catch(() => []))
    .map((d) => d.name)
    .filter((n): n is string => typeof n === 'string');
  await Promise.all(names.map(deleteDatabase));
  return names;
}

async function wipeCaches(): Promise<string[]> {
  if (typeof caches === 'undefined') return [];
  const names = (await caches.keys().catch(() => [])).filter((n) => !PRECACHE.test(n));
  await Promise.all(names.map((n) => caches.delete(n)));
  return names;
}

/** Ends the portal session; returns the identity provider's end-session URL when there was one. */
async function endPortalSession(): Promise<{ ended: boolean; url: string | null }> {
  try {
    const session = await readSession();
    if (session.kind !== 'ok' || typeof session.body.csrfToken !== 'string')
      return { ended: false, url: null };
    const res = await fetch('/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'x-csrf-token': session.body.csrfToken },
    });
    const body = (await res.json().catch(() => ({}))) as { logoutUrl?: unknown };
    return {
      ended: res.ok,
      url: typeof body.logoutUrl === 'string' ? body.logoutUrl : null,
    };
  } catch {
    return { ended: false, url: null }; // offline: the server session expires on its own
  }
}

export async function wipeDevice(o: WipeOptions = {}): Promise<WipeReport> {
  const kiosk = isKiosk();
  const storageKeys = [
    ...clearStorage(
      safe(() => localStorage),
      (k) => k === KIOSK_CONFIG_KEY || (!kiosk && isDisplayPreference(k)),
    ),
    ...clearStorage(
      safe(() => sessionStorage),
      () => false,
    ),
  ];
  const [indexedDbDatabases, cacheNames, session] = await Promise.all([
    wipeIndexedDb(),
    wipeCaches(),
    o.endSession === false ? Promise.resolve({ ended: false, url: null }) : endPortalSession(),
  ]);
  o.queryCache?.clear();
  leaveDiscreet();
  // The in-app history: the next person cannot go "back" into the previous one's pages.
  if (typeof history !== 'undefined') history.replaceState(null, '', location.pathname);
  return {
    storageKeys,
    indexedDbDatabases,
    caches: cacheNames,
    queryCache: o.queryCache !== undefined,
    portalSession: session.ended,
    identityProviderLogoutUrl: session.url,
  };
}
