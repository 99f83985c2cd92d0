// A form in progress kept on the device: restored when the page opens (after a reload, a lost
// network or the login detour), saved at every change, cleared once sent. `draft` stays
// undefined until the store answered, so that a page never shows an empty form over a draft.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftStore } from '../lib/device-drafts.ts';

export function useDeviceDraft<T extends object>(store: DraftStore<T>, fresh: () => T) {
  const [draft, setDraft] = useState<T>();
  const current = useRef<T>(undefined);
  const empty = useRef(fresh);

  useEffect(() => {
    let live = true;
    const done = (d: T | undefined) => {
      if (!live) return;
      current.current = d ?? current.current ?? empty.current();
      setDraft(current.current);
    };
    store.load().then(done, () => {
      done(undefined); // unreadable storage: start afresh, never block
    });
    return () => {
      live = false;
    };
  }, [store]);

  /** A patch, or a function of the latest draft (two changes in one event both count). */
  const update = useCallback(
    (patch: Partial<T> | ((latest: T) => Partial<T>)) => {
      const latest = current.current ?? empty.current();
      current.current = { ...latest, ...(typeof patch === 'function' ? patch(latest) : patch) };
      setDraft(current.current);
      store.save(current.current).catch(() => undefined); // a full disk must not stop typing
    },
    [store],
  );
  const clear = useCallback(() => {
    current.current = empty.current();
    setDraft(current.current);
    store.clear().catch(() => undefined);
  }, [store]);

  return { draft, update, clear };
}
