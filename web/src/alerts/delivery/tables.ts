// The tables of the alerts' deliveries (the jobs table is in jobs/job-queue.ts), declared with the code that owns them
// (Kysely `withTables`), created by migrations 0105–0106.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface AlertDeliveriesTable {
  alert_id: string;
  channel: string;
  person_sub: string;
  /** The latest status: queued, sent, failed or unsubscribed. */
  status: string;
  updated_at: number;
}

export interface AlertDeliveryLogTable {
  id: string;
  alert_id: string;
  channel: string;
  status: string;
  at: number;
}

export interface PushSubscriptionsTable {
  endpoint: string;
  person_sub: string;
  p256dh: string;
  auth: string;
  created_at: number;
}

/** The address waiting for its link; the confirmed one is in alert_preferences. */
export interface AlertEmailsTable {
  person_sub: string;
  /** An address waiting for its confirmation link; never used before. */
  pending_address: string | null;
  /** SHA-256 of the confirmation token. */
  pending_token_hash: string | null;
  pending_expires_at: number | null;
  updated_at: number;
}

export interface AlertUnsubscribeTokensTable {
  /** SHA-256 of the token written in the e-mail. */
  token_hash: string;
  person_sub: string;
  category: string;
  channel: string;
  created_at: number;
}

export interface AlertVerificationCodesTable {
  code: string;
  person_sub: string;
  /** What the code was sent for (`alert:<id>` or `confirm:<sub>:<time>`): one code each. */
  subject_key: string;
  channel: string;
  sent_at: number;
}

export interface AlertSettingsTable {
  name: string;
  value: string;
}

export type DeliveryTables = {
  alert_deliveries: AlertDeliveriesTable;
  alert_delivery_log: AlertDeliveryLogTable;
  push_subscriptions: PushSubscriptionsTable;
  alert_emails: AlertEmailsTable;
  alert_unsubscribe_tokens: AlertUnsubscribeTokensTable;
  alert_verification_codes: AlertVerificationCodesTable;
  alert_settings: AlertSettingsTable;
};

export type DeliveryDb = Kysely<Database & DeliveryTables>;

export const deliveryDb = (db: Kysely<Database>): DeliveryDb => db.withTables<DeliveryTables>();
