// The one device mode of the whole app. Features never ask "am I on a kiosk?" but "may I keep
// this?" (`mayKeep()`), and take their storage from `deviceStore()` (device-store.ts): IndexedDB on a personal
// device, memory on a kiosk or during the discreet journey.
// - kiosk: this device was enrolled as the kiosk of a reception area (its non-personal
//   configuration is the only thing it keeps, in localStorage), or the build is a locked-down
//   fleet build (VITE_KIOSK=1, a default only).
// - discreet: entered from the domestic-violence life event, held in memory only (a flag written
//   on the device would itself reveal the journey) until the person leaves it.
import { config } from '../config/index.ts';
import { DEVICE_MODE_EVENT, KIOSK_CONFIG_KEY, isEnrolledKiosk } from './kiosk-flag.ts';

export { KIOSK_CONFIG_KEY, isEnrolledKiosk };

export type DeviceMode = 'personal' | 'kiosk' | 'discreet';

/** The kiosk's own health for its check-ins (last reset, time offline): nothing of a person. */
export const KIOSK_STATUS_KEY = 'droits360-kiosk-status';

export interface KioskStatus {
  readonly lastReset?: number;
  /** Offline time not yet reported, and since when the device is offline (if it is). */
  readonly offlineMs: number;
  readonly offlineSince?: number;
}

export interface KioskConfig {
  readonly kioskId: string;
  /** The per-kiosk secret the device presents to the server (check-ins, tickets). */
  readonly token: string;
  readonly receptionAreaId: string;
  readonly receptionName: string;
  readonly organisation: string;
  readonly printer: boolean;
  readonly languages: readonly string[];
  /** Inactivity before the warning (≥ 30 s) and the warning's countdown (≥ 20 s). */
  readonly idleSeconds: number;
  readonly warningSeconds: number;
  readonly agents: readonly string[];
}

// Checked by hand rather than with zod: the shell reads the mode on the home route's critical path.
const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => isText(x));
const isDelay = (v: unknown, min: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min;

export function parseKioskConfig(v: unknown): KioskConfig | null {
  if (typeof v !== 'object' || v === null) return null;
  const c = v as Record<string, unknown>;
  const ok =
    isText(c.kioskId) &&
    isText(c.token) &&
    isText(c.receptionAreaId) &&
    isText(c.receptionName) &&
    isText(c.organisation) &&
    typeof c.printer === 'boolean' &&
    isTexts(c.languages) &&
    c.languages.length > 0 &&
    isDelay(c.idleSeconds, 30) &&
    isDelay(c.warningSeconds, 20) &&
    isTexts(c.agents);
  if (!ok) return null;
  return {
    kioskId: c.kioskId as string,
    token: c.token as string,
    receptionAreaId: c.receptionAreaId as string,
    receptionName: c.receptionName as string,
    organisation: c.organisation as string,
    printer: c.printer as boolean,
    languages: c.languages as string[],
    idleSeconds: c.idleSeconds as number,
    warningSeconds: c.warningSeconds as number,
    agents: c.agents as string[],
  };
}

let discreet = false;
/** An agent's session is open on this browser (assisted mode): held in memory only. */
let assisted = false;
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(DEVICE_MODE_EVENT));
};

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage refused (some private windows)
  }
}

/** The enrolled kiosk's configuration, or null on any other device (or when it no longer reads). */
export function kioskConfig(): KioskConfig | null {
  const raw = storage()?.getItem(KIOSK_CONFIG_KEY);
  if (!raw) return null;
  try {
    return parseKioskConfig(JSON.parse(raw));
  } catch {
    return null;
  }
}

export function saveKioskConfig(c: KioskConfig): void {
  const checked = parseKioskConfig(c);
  if (!checked) throw new Error('invalid kiosk configuration');
  storage()?.setItem(KIOSK_CONFIG_KEY, JSON.stringify(checked));
  notify();
}

/** Leaving kiosk mode (an agent's gesture): the device becomes personal again. */
export function clearKioskConfig(): void {
  storage()?.removeItem(KIOSK_CONFIG_KEY);
  storage()?.removeItem(KIOSK_STATUS_KEY);
  if (typeof document !== 'undefined') delete document.documentElement.dataset.kiosk;
  notify();
}

export function kioskStatus(): KioskStatus {
  try {
    const v = JSON.parse(storage()?.getItem(KIOSK_STATUS_KEY) ?? '{}') as Record<string, unknown>;
    const n = (x: unknown) =>
      typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : undefined;
    const lastReset = n(v.lastReset);
    const offlineSince = n(v.offlineSince);
    return {
      offlineMs: n(v.offlineMs) ?? 0,
      ...(lastReset === undefined ? {} : { lastReset }),
      ...(offlineSince === undefined ? {} : { offlineSince }),
    };
  } catch {
    return { offlineMs: 0 };
  }
}

export function saveKioskStatus(s: KioskStatus): void {
  if (!isEnrolledKiosk()) return;
  try {
    storage()?.setItem(KIOSK_STATUS_KEY, JSON.stringify(s));
  } catch {
    // not kept: the next check-in reports less offline time
  }
}

export function isKiosk(): boolean {
  return config.kioskBuild || kioskConfig() !== null;
}

export function deviceMode(): DeviceMode {
  if (discreet) return 'discreet';
  return isKiosk() ? 'kiosk' : 'personal';
}

/**
 * May this device keep what a person typed or loaded? Only a personal device outside the discreet
 * journey. A policy, not a capability: where IndexedDB is missing `deviceStore()` falls back to
 * memory by itself, and a personal device without it is still personal (downloads, prefill).
 */
export function mayKeep(): boolean {
  return deviceMode() === 'personal' && !assisted;
}

/** The assisted pages say when an agent's session is (no longer) open on this browser. */
export function setAssistedSession(on: boolean): void {
  if (assisted === on) return;
  assisted = on;
  notify();
}

export function enterDiscreet(): void {
  if (discreet) return;
  discreet = true;
  notify();
}

export function leaveDiscreet(): void {
  if (!discreet) return;
  discreet = false;
  notify();
}

export function subscribeDeviceMode(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// What a shared device may do, asked as capabilities rather than "am I on a kiosk?".
/** May a link open another site here? Never on a kiosk: the person continues on their phone. */
export function mayOpenExternal(): boolean {
  return !isKiosk();
}

/** May the portal offer to print? A personal device always; a kiosk only with a printer. */
export function mayPrint(): boolean {
  if (!isKiosk()) return true;
  return kioskConfig()?.printer === true;
}
