// Versioned migrations, in code so that they ship with the server and need no file globbing.
// Names sort in order of application; a migration never changes once released — add one.
// Column types are the ones both SQLite and PostgreSQL understand (text, integer, bigint).
import { Migrator, type Kysely, type Migration } from 'kysely';

const at = 'bigint';

export const migrations: Record<string, Migration> = {
  '0001-sessions-users-preferences': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', at, (c) => c.notNull())
        .addColumn('last_seen_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('sessions_last_seen_at')
        .on('sessions')
        .column('last_seen_at')
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('sub', 'text', (c) => c.primaryKey())
        .addColumn('given_name', 'text', (c) => c.notNull())
        .addColumn('family_name', 'text', (c) => c.notNull())
        .addColumn('first_seen_at', at, (c) => c.notNull())
        .addColumn('last_seen_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('preferences')
        .addColumn('user_sub', 'text', (c) => c.primaryKey())
        .addColumn('pinned', 'text', (c) => c.notNull())
        .addColumn('hidden', 'text', (c) => c.notNull())
        .addColumn('updated_at', at, (c) => c.notNull())
        .execute();
    },
  },
  '0002-error-reports': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('error_reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_sub', 'text', (c) => c.notNull())
        .addColumn('organisation', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', at, (c) => c.notNull())
        .addColumn('updated_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('error_reports_user')
        .on('error_reports')
        .columns(['user_sub', 'created_at'])
        .execute();
      await db.schema
        .createTable('error_report_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('report_id', 'text', (c) =>
          c.notNull().references('error_reports.id').onDelete('cascade'),
        )
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('error_report_events_report')
        .on('error_report_events')
        .columns(['report_id', 'at'])
        .execute();
    },
  },
  '0003-connector-cache': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('connector_cache')
        .addColumn('user_sub', 'text', (c) => c.notNull())
        .addColumn('organisation', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('fetched_at', at, (c) => c.notNull())
        .addPrimaryKeyConstraint('connector_cache_pk', ['user_sub', 'organisation'])
        .execute();
    },
  },
  '0004-outbox': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('declarations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_sub', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('declaration_id', 'text', (c) =>
          c.notNull().references('declarations.id').onDelete('cascade'),
        )
        .addColumn('organisation', 'text', (c) => c.notNull())
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', at, (c) => c.notNull())
        .addColumn('locked_until', at, (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('receipt', 'text')
        .addColumn('created_at', at, (c) => c.notNull())
        .addColumn('updated_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('outbox_due')
        .on('outbox')
        .columns(['status', 'next_attempt_at'])
        .execute();
    },
  },
  '0005-documents': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_sub', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('created_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('documents_user')
        .on('documents')
        .columns(['user_sub', 'created_at'])
        .execute();
    },
  },
  '0006-procedures': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('procedures')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_sub', 'text', (c) => c.notNull())
        .addColumn('client_ref', 'text', (c) => c.notNull())
        .addColumn('procedure', 'text', (c) => c.notNull())
        .addColumn('organisation', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reference', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('created_at', at, (c) => c.notNull())
        .addColumn('updated_at', at, (c) => c.notNull())
        .addUniqueConstraint('procedures_client_ref', ['user_sub', 'client_ref'])
        .execute();
    },
  },
  '0007-messages': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('message_threads')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_sub', 'text', (c) => c.notNull())
        .addColumn('organisation', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('reference', 'text')
        .addColumn('updated_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('thread_id', 'text', (c) =>
          c.notNull().references('message_threads.id').onDelete('cascade'),
        )
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('documents', 'text', (c) => c.notNull())
        .addColumn('at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('message_threads_user')
        .on('message_threads')
        .columns(['user_sub', 'updated_at'])
        .execute();
    },
  },
  // A declaration made on the discreet journey is delivered like any other but is not listed
  // in the person's history on screen (1), the others (0) are.
  '0010-declarations-discreet': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('declarations')
        .addColumn('discreet', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  // Hardening: rate-limit counters shared by every server process, the answers kept for
  // Idempotency-Key (one row per person or session, route and key; the primary key makes two
  // concurrent requests with the same key have one effect), work leases, sandbox receipts.
  '0050-hardening-rate-limits-idempotency': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .addColumn('reset_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('rate_limits_reset')
        .on('rate_limits')
        .column('reset_at')
        .execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('route', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('status', 'integer')
        .addColumn('content_type', 'text')
        .addColumn('body', 'text')
        .addColumn('created_at', at, (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'route', 'key'])
        .execute();
      await db.schema
        .createIndex('idempotency_keys_created')
        .on('idempotency_keys')
        .column('created_at')
        .execute();
      // Short claims on a piece of work done outside the outbox (a message or a procedure sent
      // again when the list is read), so that two concurrent reads send it once.
      await db.schema
        .createTable('work_leases')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('until', at, (c) => c.notNull())
        .execute();
      // Whose session it is, so that erasing a person's data ends every session they have.
      await db.schema.alterTable('sessions').addColumn('user_sub', 'text').execute();
      await db.schema.createIndex('sessions_user_sub').on('sessions').column('user_sub').execute();
      // The sandbox organisations' memory of the idempotency keys they processed.
      await db.schema
        .createTable('sandbox_receipts')
        .addColumn('idempotency_key', 'text', (c) => c.primaryKey())
        .addColumn('organisation', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('received_at', at, (c) => c.notNull())
        .execute();
    },
  },
  // Kiosks of the reception areas: the areas, their enrolment codes, the enrolled kiosks (a hash of
  // each kiosk's secret token), their check-ins and the "ask an agent" tickets. Nothing personal.
  '0060-kiosk-tables': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reception_areas')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('organisation', 'text', (c) => c.notNull())
        .addColumn('siret', 'text', (c) => c.notNull())
        .addColumn('printer', 'integer', (c) => c.notNull())
        .addColumn('languages', 'text', (c) => c.notNull())
        .addColumn('idle_seconds', 'integer', (c) => c.notNull())
        .addColumn('warning_seconds', 'integer', (c) => c.notNull())
        .addColumn('agents', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('kiosk_enrolment_codes')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('reception_area_id', 'text', (c) => c.notNull())
        .addColumn('reusable', 'integer', (c) => c.notNull())
        .addColumn('expires_at', at, (c) => c.notNull())
        .addColumn('used_at', at)
        .execute();
      await db.schema
        .createTable('kiosks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('reception_area_id', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('enrolled_at', at, (c) => c.notNull())
        .addColumn('app_version', 'text')
        .addColumn('last_check_in', at)
        .addColumn('offline_ms', at, (c) => c.notNull().defaultTo(0))
        .addColumn('last_reset', at)
        .execute();
      await db.schema
        .createTable('kiosk_tickets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('kiosk_id', 'text', (c) => c.notNull())
        .addColumn('reception_area_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', at, (c) => c.notNull())
        .addColumn('taken_at', at)
        .addColumn('taken_by', 'text')
        .addColumn('done_at', at)
        .execute();
      await db.schema
        .createIndex('kiosk_tickets_area')
        .on('kiosk_tickets')
        .columns(['reception_area_id', 'status', 'created_at'])
        .execute();
    },
  },
  '0070-assisted-agent-sessions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('agent_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', at, (c) => c.notNull())
        .addColumn('last_seen_at', at, (c) => c.notNull())
        .execute();
    },
  },
  '0080-kiosk-server': {
    async up(db: Kysely<unknown>) {
      // What an agent chose for the kiosks a code enrols (JSON: delays, printer, languages).
      await db.schema.alterTable('kiosk_enrolment_codes').addColumn('settings', 'text').execute();
      await db.schema.alterTable('kiosks').addColumn('revoked_at', at).execute();
      // One row per reception area and day: the last ticket number given, raised atomically.
      await db.schema
        .createTable('kiosk_ticket_counters')
        .addColumn('reception_area_id', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('last', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('kiosk_ticket_counters_pk', ['reception_area_id', 'day'])
        .execute();
    },
  },
  // Assisted mode: mandates between a person and a structure (consent proof included), their
  // single-use consent links, the append-only journal of every action, and the lighter shares.
  '0090-assisted-mandates-journal-shares': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('assisted_mandates')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('siret', 'text', (c) => c.notNull())
        .addColumn('structure_name', 'text', (c) => c.notNull())
        .addColumn('agent_sub', 'text', (c) => c.notNull())
        .addColumn('agent_given_name', 'text', (c) => c.notNull())
        .addColumn('agent_usual_name', 'text', (c) => c.notNull())
        .addColumn('domains', 'text', (c) => c.notNull())
        .addColumn('duration_days', 'integer', (c) => c.notNull())
        .addColumn('created_at', at, (c) => c.notNull())
        .addColumn('ends_at', at, (c) => c.notNull())
        .addColumn('renews', 'text')
        .addColumn('person_sub', 'text')
        .addColumn('person_given_name', 'text')
        .addColumn('person_family_name', 'text')
        .addColumn('person_identity', 'text')
        .addColumn('consented_at', at)
        .addColumn('consent_summary_hash', 'text')
        .addColumn('revoked_at', at)
        .addColumn('revoked_by', 'text')
        .addColumn('expiry_logged', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('assisted_mandates_siret')
        .on('assisted_mandates')
        .columns(['siret', 'created_at'])
        .execute();
      await db.schema
        .createIndex('assisted_mandates_person')
        .on('assisted_mandates')
        .column('person_sub')
        .execute();
      await db.schema
        .createTable('assisted_consent_tokens')
        .addColumn('token', 'text', (c) => c.primaryKey())
        .addColumn('mandate_id', 'text', (c) => c.notNull())
        .addColumn('expires_at', at, (c) => c.notNull())
        .addColumn('bound_sub', 'text')
        .addColumn('used_at', at)
        .execute();
      await db.schema
        .createTable('assisted_journal')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', at, (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('mandate_id', 'text')
        .addColumn('person_sub', 'text')
        .addColumn('person_given_name', 'text')
        .addColumn('person_family_name', 'text')
        .addColumn('siret', 'text')
        .addColumn('structure_name', 'text')
        .addColumn('agent_sub', 'text')
        .addColumn('agent_given_name', 'text')
        .addColumn('agent_usual_name', 'text')
        .addColumn('domain', 'text')
        .addColumn('detail', 'text')
        .execute();
      await db.schema
        .createIndex('assisted_journal_person')
        .on('assisted_journal')
        .columns(['person_sub', 'at'])
        .execute();
      await db.schema
        .createIndex('assisted_journal_siret')
        .on('assisted_journal')
        .columns(['siret', 'at'])
        .execute();
      await db.schema
        .createTable('assisted_shares')
        .addColumn('code_hash', 'text', (c) => c.primaryKey())
        .addColumn('person_sub', 'text', (c) => c.notNull())
        .addColumn('person_given_name', 'text', (c) => c.notNull())
        .addColumn('situation', 'text', (c) => c.notNull())
        .addColumn('created_at', at, (c) => c.notNull())
        .addColumn('expires_at', at, (c) => c.notNull())
        .addColumn('revoked_at', at)
        .execute();
    },
  },
  '0100-alerts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('alerts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_sub', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text')
        .addColumn('valid_until', 'text', (c) => c.notNull())
        .addColumn('action_label', 'text', (c) => c.notNull())
        .addColumn('action_href', 'text', (c) => c.notNull())
        .addColumn('created_at', at, (c) => c.notNull())
        .addColumn('read_at', at)
        .addColumn('archived_at', at)
        .execute();
      await db.schema
        .createIndex('alerts_user_created')
        .on('alerts')
        .columns(['user_sub', 'created_at'])
        .execute();
      await db.schema
        .createTable('alert_preferences')
        .addColumn('user_sub', 'text', (c) => c.primaryKey())
        .addColumn('matrix', 'text', (c) => c.notNull())
        .addColumn('email_address', 'text')
        .addColumn('email_confirmed_at', at)
        .addColumn('updated_at', at, (c) => c.notNull())
        .execute();
      // Per person: the identity pivot the organisations are asked with (so that the scheduler can
      // run the sources without a session), what the change sources last saw, the last run.
      await db.schema
        .createTable('alert_source_state')
        .addColumn('user_sub', 'text', (c) => c.primaryKey())
        .addColumn('person', 'text')
        .addColumn('snapshot', 'text')
        .addColumn('ran_at', at, (c) => c.notNull())
        .execute();
    },
  },
  '0105-alert-jobs': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('jobs')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', at, (c) => c.notNull())
        .addColumn('locked_until', at, (c) => c.notNull())
        .addColumn('holder', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', at, (c) => c.notNull())
        .addColumn('updated_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('jobs_due')
        .on('jobs')
        .columns(['status', 'next_attempt_at'])
        .execute();
    },
  },
  '0106-alert-deliveries': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('alert_deliveries')
        .addColumn('alert_id', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('person_sub', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('updated_at', at, (c) => c.notNull())
        .addPrimaryKeyConstraint('alert_deliveries_pk', ['alert_id', 'channel'])
        .execute();
      await db.schema
        .createIndex('alert_deliveries_person')
        .on('alert_deliveries')
        .column('person_sub')
        .execute();
      await db.schema
        .createTable('alert_delivery_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('alert_id', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('alert_delivery_log_alert')
        .on('alert_delivery_log')
        .columns(['alert_id', 'at'])
        .execute();
      await db.schema
        .createTable('push_subscriptions')
        .addColumn('endpoint', 'text', (c) => c.primaryKey())
        .addColumn('person_sub', 'text', (c) => c.notNull())
        .addColumn('p256dh', 'text', (c) => c.notNull())
        .addColumn('auth', 'text', (c) => c.notNull())
        .addColumn('created_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('push_subscriptions_person')
        .on('push_subscriptions')
        .column('person_sub')
        .execute();
      await db.schema
        .createTable('alert_emails')
        .addColumn('person_sub', 'text', (c) => c.primaryKey())
        .addColumn('pending_address', 'text')
        .addColumn('pending_token_hash', 'text', (c) => c.unique())
        .addColumn('pending_expires_at', at)
        .addColumn('updated_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('alert_unsubscribe_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('person_sub', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('created_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('alert_verification_codes')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('person_sub', 'text', (c) => c.notNull())
        .addColumn('subject_key', 'text', (c) => c.notNull().unique())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('sent_at', at, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('alert_settings')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
};

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Brings the database to the latest version; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error !== undefined || failed) {
    const reason = error instanceof Error ? error.message : 'raison inconnue';
    throw new MigrationError(
      `Migration de la base en échec${failed ? ` (${failed.migrationName})` : ''} : ${reason}`,
      { cause: error },
    );
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
