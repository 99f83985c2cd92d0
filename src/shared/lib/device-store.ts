// A draft store that follows the device mode: IndexedDB when the device may keep what a person
// typed, memory otherwise. Apart from device-mode.ts so that the shell, which reads the mode on
// every page, does not carry the IndexedDB drafts code.
import type { z } from 'zod';
import { deviceDraft, type DraftStore } from './device-drafts.ts';
import { mayKeep } from './device-mode.ts';

/** A draft store for `name`: IndexedDB when the device may keep it, memory otherwise. */
export function deviceStore<T>(name: string, schema: z.ZodType<T>): DraftStore<T> {
  return deviceDraft(name, schema, { ephemeral: !mayKeep() });
}
