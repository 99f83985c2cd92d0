// The kiosk's check-ins (fleet status): at each start (so after each reset, which reloads the
// page) and every five minutes, with the app version, the time spent offline since the last
// check-in and the last reset. The offline time is measured from the browser's own events.
import { useEffect } from 'react';
import { kioskStatus, saveKioskStatus, type KioskConfig } from '../../../shared/lib/device-mode.ts';
import { checkIn } from '../api/kiosk-api.ts';

export const CHECK_IN_EVERY_MS = 5 * 60 * 1000;
const APP_VERSION =
  (import.meta.env as Record<string, unknown>).VITE_APP_VERSION?.toString() ?? '0.1.0';

function noteOffline() {
  const s = kioskStatus();
  if (s.offlineSince === undefined) saveKioskStatus({ ...s, offlineSince: Date.now() });
}

function noteOnline() {
  const s = kioskStatus();
  if (s.offlineSince === undefined) return;
  const { offlineSince, ...rest } = s;
  saveKioskStatus({ ...rest, offlineMs: s.offlineMs + Math.max(0, Date.now() - offlineSince) });
}

export async function sendCheckIn(config: KioskConfig): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.onLine) noteOnline();
  const before = kioskStatus();
  const ok = await checkIn(config.token, {
    appVersion: APP_VERSION,
    offlineMs: Math.round(before.offlineMs),
    ...(before.lastReset === undefined ? {} : { lastReset: Math.round(before.lastReset) }),
  });
  if (ok) {
    const after = kioskStatus();
    saveKioskStatus({ ...after, offlineMs: Math.max(0, after.offlineMs - before.offlineMs) });
  }
  return ok;
}

export function useCheckIns(config: KioskConfig): void {
  const { token } = config;
  useEffect(() => {
    void sendCheckIn(config);
    const timer = setInterval(() => void sendCheckIn(config), CHECK_IN_EVERY_MS);
    const offline = () => {
      noteOffline();
    };
    const online = () => {
      noteOnline();
      void sendCheckIn(config);
    };
    if (!navigator.onLine) noteOffline();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      clearInterval(timer);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
    };
    // one schedule per kiosk (the configuration object is re-read on each render)
  }, [token]);
}
