// A procedure's form in progress, kept on the device (see useDeviceDraft): values, step,
// attached documents and the device's reference that makes a repeated send harmless.
import { useCallback } from 'react';
import { useDeviceDraft } from '../../../../shared/hooks/use-device-draft.ts';
import type { FormDraft, FormStore } from '../lib/device.ts';

const fresh = (): FormDraft => ({
  values: {},
  step: 0,
  documents: [],
  clientRef: crypto.randomUUID(),
});

export function useFormDraft(store: FormStore) {
  const { draft, update, clear } = useDeviceDraft(store, fresh);
  const setValue = useCallback(
    (id: string, value: string) => {
      update((latest) => ({ values: { ...latest.values, [id]: value } }));
    },
    [update],
  );
  return { draft, update, setValue, clear };
}
