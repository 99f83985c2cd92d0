// What every alert source reads and returns. A source is a pure function of the person's
// connected data on a given day: no database, no clock, no network, so that each is tested
// with its boundary dates.
import type { AlertCategory } from '../../../../src/shared/contracts/alerts.ts';
import type { RightsResponse } from '../../../../src/shared/contracts/rights.ts';

/** A procedure the person sent through the portal (web/src/routes/procedures.ts). */
export interface ProcedureFact {
  readonly id: string;
  readonly procedure: string;
  readonly organisation: string;
  readonly status: string;
  readonly createdAt: number;
  /** How many supporting documents were attached. */
  readonly documents: number;
}

/** A mandate given to an adviser (assisted mode): only what the end-of-mandate rule reads. */
export interface MandateFact {
  readonly id: string;
  readonly structure: string;
  readonly status: string;
  /** `YYYY-MM-DD` */
  readonly endsOn: string;
}

/** What the change sources compare with: the last state seen, per person. */
export interface Snapshot {
  /** right key (`org:id`) → `status|amountCents` */
  readonly rights: Readonly<Record<string, string>>;
  /** right key → the last payment date seen */
  readonly payments: Readonly<Record<string, string>>;
  /** procedure id → status */
  readonly procedures: Readonly<Record<string, string>>;
}

export interface SourceInput {
  readonly personSub: string;
  /** Today in Paris, `YYYY-MM-DD`. */
  readonly today: string;
  readonly rights: RightsResponse;
  readonly procedures: readonly ProcedureFact[];
  readonly mandates: readonly MandateFact[];
  /** Undefined on the first run: the changes are measured from then on. */
  readonly previous: Snapshot | undefined;
  /** Information messages are opt-in. */
  readonly informationOptIn: boolean;
}

export interface AlertDraft {
  readonly source: string;
  /** What makes the fact unique for this person (e.g. `2026-Q4`): part of the alert's id. */
  readonly fact: string;
  readonly category: AlertCategory;
  readonly title: string;
  readonly body: string;
  readonly dueDate: string | null;
  readonly validUntil: string;
  readonly action: { readonly label: string; readonly href: string };
}

export type Source = (input: SourceInput) => readonly AlertDraft[];
