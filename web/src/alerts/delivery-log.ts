// The per-alert delivery log (queued, sent, failed, unsubscribed) the person sees in the inbox.
// The delivery outbox that writes it belongs to the alerts-delivery branch; the inbox reads it
// through this interface and shows an empty log until it is wired (see app.ts).
import type { AlertDelivery } from '../../../src/shared/contracts/alerts.ts';

export interface DeliveryLog {
  /** The log of each alert, oldest first; an alert never delivered has none. */
  forAlerts(ids: readonly string[]): Promise<ReadonlyMap<string, readonly AlertDelivery[]>>;
}

export const noDeliveryLog: DeliveryLog = {
  forAlerts: () => Promise.resolve(new Map()),
};
