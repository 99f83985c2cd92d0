// Registers the service worker (production builds only) and tells the UI when a new version
// waits, so that the person decides when to switch (never a reload under their fingers).
import { Workbox } from 'workbox-window';

export interface UpdateHandle {
  apply: () => void;
}

type Listener = (handle: UpdateHandle) => void;
const listeners = new Set<Listener>();
let pending: UpdateHandle | null = null;

export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  if (pending) listener(pending);
  return () => {
    listeners.delete(listener);
  };
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    pending = {
      apply: () => {
        wb.addEventListener('controlling', () => {
          window.location.reload();
        });
        wb.messageSkipWaiting();
      },
    };
    for (const l of listeners) l(pending);
  });
  void wb.register();
}
