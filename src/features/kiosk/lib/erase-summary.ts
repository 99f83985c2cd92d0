// What a reset erased, carried to the "erased" screen across the full reload (and the identity
// provider's round trip) in the `state` of the address: counts only, nothing of the person.
import type { WipeReport } from '../../../shared/lib/wipe.ts';

export interface EraseSummary {
  readonly storage: number;
  readonly databases: number;
  readonly caches: number;
  /** The connection (portal and FranceConnect) was closed; false when offline at the reset. */
  readonly signedOut: boolean;
}

export const summaryOf = (r: WipeReport, signedOut: boolean): EraseSummary => ({
  storage: r.storageKeys.length,
  databases: r.indexedDbDatabases.length,
  caches: r.caches.length,
  signedOut,
});

export const encodeSummary = (s: EraseSummary): string =>
  `s${s.storage}.d${s.databases}.c${s.caches}.o${s.signedOut ? 1 : 0}`;

const PATTERN = /^s(\d{1,4})\.d(\d{1,4})\.c(\d{1,4})\.o([01])$/;

export function decodeSummary(state: string | null): EraseSummary | null {
  const m = PATTERN.exec(state ?? '');
  if (!m) return null;
  return {
    storage: Number(m[1]),
    databases: Number(m[2]),
    caches: Number(m[3]),
    signedOut: m[4] === '1',
  };
}
