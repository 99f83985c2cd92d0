// The tell-us-once form in progress, kept on the device (see useDeviceDraft): the values typed
// and the step reached among the two that need no server (what changes, the new information).
import { useCallback } from 'react';
import { z } from 'zod';
import { useDeviceDraft } from '../../../../shared/hooks/use-device-draft.ts';
import type { DraftStore } from '../../../../shared/lib/device-drafts.ts';
import { EMPTY_FORM, formValues, type FormValues } from '../utils/form.ts';

export const draftSchema = z.object({
  values: formValues,
  step: z.enum(['kind', 'details']),
});
export type FormDraft = z.infer<typeof draftSchema>;
export type DraftStep = FormDraft['step'];

const fresh = (): FormDraft => ({ values: EMPTY_FORM, step: 'kind' });

export function useFormDraft(store: DraftStore<FormDraft>) {
  const { draft, update, clear } = useDeviceDraft(store, fresh);
  const setValues = useCallback(
    (patch: Partial<FormValues>) => {
      update((latest) => ({ values: { ...latest.values, ...patch } }));
    },
    [update],
  );
  return {
    draft,
    setValues,
    setStep: (step: DraftStep) => {
      update({ step });
    },
    clear,
  };
}
