// Registers the service worker (production builds only) and tells the UI when a new version
// waits, so that the person decides when to switch (never a reload under their fingers). On a
// kiosk nobody is asked: the kiosk's reset applies it (`pendingUpdate()`), between two visits.
export interface UpdateHandle {
  /** Activates the waiting version, then `then` (a reload by default) once it controls the page. */
  apply: (then?: () => void) => void;
}

/** The version waiting to be applied, if any. */
export const pendingUpdate = (): UpdateHandle | null => pending;

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
      apply: (
        then = () => {
          window.location.reload();
        },
      ) => {
        let done = false;
        const go = () => {
          if (done) return;
          done = true;
          then();
        };
        wb.addEventListener('controlling', go);
        // A worker that never takes control must not leave the page waiting.
        setTimeout(go, 5000);
        wb.messageSkipWaiting();
      },
    };
    for (const l of listeners) l(pending);
  });
  await wb.register();
}
