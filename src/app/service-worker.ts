// Registers the service worker (production builds only) and tells the UI when a new version
// waits, so that the person decides when to switch (never a reload under their fingers).
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

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
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
  await wb.register();
}
