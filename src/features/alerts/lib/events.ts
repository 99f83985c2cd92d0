// The header's unread count listens for this event: any change made on an alerts page (read,
// archive) refreshes it without a request on every navigation.
export const ALERTS_CHANGED = 'droits360:alerts-changed';

export function notifyAlertsChanged(): void {
  window.dispatchEvent(new Event(ALERTS_CHANGED));
}
