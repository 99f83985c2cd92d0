// The inbox as last synchronised, for reading offline. Kept in IndexedDB only where the device
// may keep it (the one device mode: a personal device, outside the discreet journey); in memory
// otherwise. Emptied when nobody is logged in, and by the one wipe (it deletes every database).
import * as z from 'zod';
import { alertListResponse, type AlertListResponse } from '../../../shared/contracts/alerts.ts';
import { memoryDraft, type DraftStore } from '../../../shared/lib/device-drafts.ts';
import { mayKeep } from '../../../shared/lib/device-mode.ts';
import { deviceStore } from '../../../shared/lib/device-store.ts';

export const SNAPSHOT_DB = 'droits360-alerts';

const schema = z.custom<AlertListResponse>((v) => alertListResponse.safeParse(v).success);

// In memory (kiosk, discreet): one store for the page's life, so that a lost network still shows
// what was just loaded, and nothing outlives the page.
const memory = memoryDraft<AlertListResponse>();

export function inboxSnapshot(): DraftStore<AlertListResponse> {
  return mayKeep() ? deviceStore(SNAPSHOT_DB, schema) : memory;
}
