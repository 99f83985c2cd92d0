// What an alert source produces and the inbox stores. Dates are `YYYY-MM-DD` (Paris calendar),
// times epoch milliseconds.
import type { AlertCategory } from '../../../src/shared/contracts/alerts.ts';

export interface Alert {
  /** Hash of source + person + fact (see alertId): the same fact never alerts twice. */
  readonly id: string;
  readonly personSub: string;
  readonly source: string;
  readonly category: AlertCategory;
  readonly title: string;
  readonly body: string;
  /** The deadline, already moved past weekends and public holidays; null when none. */
  readonly dueDate: string | null;
  /** Past this day the alert is never listed as new nor sent. */
  readonly validUntil: string;
  readonly action: { readonly label: string; readonly href: string };
  readonly createdAt: number;
}

export interface StoredAlert extends Alert {
  readonly readAt: number | null;
  readonly archivedAt: number | null;
}
