// What the procedures keep on the device: the form in progress (one per procedure) and the
// submissions waiting for the network. Both live in IndexedDB, except on a shared device
// (kiosk) or on the discreet journey, where they stay in memory and vanish with the page.
import { z } from 'zod';
import { deviceDraft } from '../../../../shared/lib/device-drafts.ts';
import { mayKeep } from '../../../../shared/lib/device-mode.ts';
import { PROCEDURE_IDS } from '../../../../shared/contracts/procedures.ts';

/** Nothing personal may stay on this device (a kiosk, or the discreet journey). */
export const isSharedDevice = () => !mayKeep();

export const formDraft = z.object({
  values: z.record(z.string(), z.string()),
  step: z.number().int().min(0),
  documents: z.array(z.string()),
  clientRef: z.string(),
});
export type FormDraft = z.infer<typeof formDraft>;

export const pendingRequest = z.object({
  procedure: z.enum(PROCEDURE_IDS),
  values: z.record(z.string(), z.string()),
  documents: z.array(z.string()),
  clientRef: z.string(),
});
export type PendingRequest = z.infer<typeof pendingRequest>;
const pendingList = z.array(pendingRequest);

export const formStore = (procedure: string, ephemeral: boolean) =>
  deviceDraft(`droits360-procedure-${procedure}`, formDraft, { ephemeral });

export const pendingStore = (ephemeral: boolean) =>
  deviceDraft('droits360-procedures-pending', pendingList, { ephemeral });

export type PendingStore = ReturnType<typeof pendingStore>;
export type FormStore = ReturnType<typeof formStore>;
