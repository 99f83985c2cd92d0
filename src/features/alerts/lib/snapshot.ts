// The inbox as last synchronised, for reading offline. Kept in IndexedDB on a personal device
// only: on a kiosk it lives in memory and leaves with the page. Emptied when nobody is logged in.
import * as z from 'zod';
import { alertListResponse, type AlertListResponse } from '../../../shared/contracts/alerts.ts';
import { config } from '../../../shared/config/index.ts';
import { deviceDraft, isKioskDevice, type DraftStore } from '../../../shared/lib/device-drafts.ts';

export const SNAPSHOT_DB = 'droits360-alerts';

const schema = z.custom<AlertListResponse>((v) => alertListResponse.safeParse(v).success);

/** Whether this device may keep the inbox for offline reading. */
export const mayKeepInbox = () => !isKioskDevice(config.kioskBuild);

let store: DraftStore<AlertListResponse> | undefined;

export function inboxSnapshot(): DraftStore<AlertListResponse> {
  store ??= deviceDraft(SNAPSHOT_DB, schema, { ephemeral: !mayKeepInbox() });
  return store;
}
