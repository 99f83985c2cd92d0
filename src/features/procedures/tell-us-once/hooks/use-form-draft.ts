// The form in progress, restored from the device when the page opens (after a reload or the
// login detour) and saved at every change.
import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import type { DraftStore } from '../../../../shared/lib/device-drafts.ts';
import { EMPTY_FORM, formValues, type FormValues } from '../utils/form.ts';

export const draftSchema = z.object({
  values: formValues,
  step: z.enum(['kind', 'details']),
});
export type FormDraft = z.infer<typeof draftSchema>;
export type DraftStep = FormDraft['step'];

export function useFormDraft(store: DraftStore<FormDraft>) {
  const [draft, setDraft] = useState<FormDraft | undefined>();
  const current = useRef<FormDraft>({ values: EMPTY_FORM, step: 'kind' });

  useEffect(() => {
    let live = true;
    store.load().then(
      (d) => {
        if (!live) return;
        current.current = d ?? current.current;
        setDraft(current.current);
      },
      () => {
        if (live) setDraft(current.current); // unreadable storage: start afresh, never block
      },
    );
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
  const setValues = useCallback(
    (patch: Partial<FormValues>) => {
      update({ values: { ...current.current.values, ...patch } });
    },
    [update],
  );
  const clear = useCallback(() => {
    current.current = { values: EMPTY_FORM, step: 'kind' };
    setDraft(current.current);
    store.clear().catch(() => undefined);
  }, [store]);

  return {
    draft,
    setValues,
    setStep: (step: DraftStep) => {
      update({ step });
    },
    clear,
  };
}
