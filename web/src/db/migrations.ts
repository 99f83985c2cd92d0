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
  '0030-assisted-agent-sessions': {
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
