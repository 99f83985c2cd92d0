// The header's unread count, in the shell: a few lines and one request per page load (plus one
// after each change made on an alerts page). GET /api/alertes/nombre answers 200 with 0 for an
// anonymous visit, so nothing is logged in the console; any failure simply shows no count.
import { useEffect, useState } from 'react';
import { useDeviceMode } from '../../shared/hooks/use-device-mode.ts';
import { opensDiscreet } from '../../shared/lib/discreet.ts';
import { ALERTS_CHANGED } from './lib/events.ts';

export function useUnreadAlerts(): number {
  const [unread, setUnread] = useState(0);
  // On a kiosk and during the discreet journey the shell asks nothing about alerts (a request
  // would itself be a trace of the visit), not even on the page that opens the journey, whose
  // own code has not loaded yet when the shell starts.
  const { mode } = useDeviceMode();
  useEffect(() => {
    if (mode !== 'personal' || opensDiscreet(window.location)) {
      setUnread(0);
      return;
    }
    let live = true;
    const load = () => {
      fetch('/api/alertes/nombre', { credentials: 'same-origin' })
        // The body is read even on a refusal, so that the request ends.
        .then((res) => res.json().then((body: unknown) => (res.ok ? body : null)))
        .then((body) => {
          const n = (body as { unread?: unknown } | null)?.unread;
          if (live) setUnread(typeof n === 'number' && n > 0 ? Math.floor(n) : 0);
        })
        .catch(() => {
          if (live) setUnread(0);
        });
    };
    load();
    window.addEventListener(ALERTS_CHANGED, load);
    return () => {
      live = false;
      window.removeEventListener(ALERTS_CHANGED, load);
    };
  }, [mode]);
  return unread;
}
