// What the delivery needs from the alerts themselves (web/src/alerts, the alerts-server side):
// the alert to send, the person's preferences at send time, and the sources to run.
import type {
  AlertCategory,
  AlertChannel,
  PreferenceMatrix,
} from '../../../../src/shared/contracts/alerts.ts';
import { parisDay } from '../calendar.ts';

export interface DeliverableAlert {
  readonly id: string;
  readonly personSub: string;
  readonly category: AlertCategory;
  readonly title: string;
  readonly body: string;
  /** AAAA-MM-JJ: past this day the alert is never sent. */
  readonly validUntil: string;
  readonly action: { readonly label: string; readonly href: string };
}

export interface AlertsPort {
  /** The alert, or null when it no longer exists (erased with the person's data). */
  get(id: string): Promise<DeliverableAlert | null>;
  /** The person's alerts (the sources job queues the deliveries they do not have yet). */
  forPerson(sub: string): Promise<readonly DeliverableAlert[]>;
  /** The preferences as they are now: read at send time. */
  matrix(sub: string): Promise<PreferenceMatrix>;
  /** One cell of the matrix (the one-click unsubscribe turns it off). */
  setChannel(
    sub: string,
    category: AlertCategory,
    channel: AlertChannel,
    on: boolean,
  ): Promise<void>;
  /** Runs every source for the person now; records the new alerts. */
  runSources(sub: string, now: number): Promise<unknown>;
}

export const isExpired = (a: Pick<DeliverableAlert, 'validUntil'>, now: number) =>
  a.validUntil < parisDay(now);
