// The form in progress, restored from the device when the page opens (after a reload, a lost
// network or the login detour) and saved at every change.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormDraft, FormStore } from '../lib/device.ts';

const fresh = (): FormDraft => ({
  values: {},
  step: 0,
  documents: [],
  clientRef: crypto.randomUUID(),
});

export function useFormDraft(store: FormStore) {
  const [draft, setDraft] = useState<FormDraft>();
  const current = useRef<FormDraft>(fresh());

  useEffect(() => {
    let live = true;
    const done = (d: FormDraft | undefined) => {
      if (!live) return;
      current.current = d ?? current.current;
      setDraft(current.current);
    };
    store.load().then(done, () => {
      done(undefined); // unreadable storage: start afresh, never block
    });
    return () => {
      live = false;
    };
  }, [store]);

  const update = useCallback(
    (patch: Partial<FormDraft>) => {
      current.current = { ...current.current, ...patch };
      setDraft(current.current);
      store.save(current.current).catch(() => undefined); // a full disk must not stop typing
    },
    [store],
  );
  const setValue = useCallback(
    (id: string, value: string) => {
      update({ values: { ...current.current.values, [id]: value } });
    },
    [update],
  );
  const clear = useCallback(() => {
    current.current = fresh();
    setDraft(current.current);
    store.clear().catch(() => undefined);
  }, [store]);

  return { draft, update, setValue, clear };
}
