// Opens the portal's database: PostgreSQL when a URL is configured, otherwise a SQLite file
// (WAL, so that readers never wait for the writer). Both speak to the same Kysely schema.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations.ts';
import type { SessionsDatabase } from '../auth/session-repository-sql.ts';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** postgres:// URL; absent means SQLite. */
  readonly url?: string | undefined;
  /** SQLite file, or `:memory:`. */
  readonly sqliteFile?: string;
  /** PostgreSQL schema to work in (tests get one each). */
  readonly pgSchema?: string;
}

export interface Db {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

// Epoch milliseconds fit in a double; read bigint columns as numbers, as SQLite does. The
// parser is set on this pool's type set only, not on the global pg.types.
const pgTypes = new pg.TypeOverrides();
pgTypes.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));

export function openDatabase(o: DatabaseOptions): Db {
  if (o.url) {
    const pool = new pg.Pool({
      connectionString: o.url,
      max: 10,
      types: pgTypes,
      ...(o.pgSchema ? { options: `-c search_path=${o.pgSchema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = o.sqliteFile ?? 'var/droits360.sqlite';
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** Opens and migrates: what the server does at start. */
export async function openMigratedDatabase(o: DatabaseOptions): Promise<Db> {
  const handle = openDatabase(o);
  try {
    await migrateToLatest(handle.db as Kysely<unknown>);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/**
 * The same connection typed for the identity module's session repository. Safe because
 * `Database` contains the `sessions` table; Kysely's types are invariant, hence the cast.
 */
export function sessionsDb(db: Kysely<Database>): Kysely<SessionsDatabase> {
  return db as unknown as Kysely<SessionsDatabase>;
}
