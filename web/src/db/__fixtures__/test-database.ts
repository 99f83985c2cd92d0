// A migrated, empty database for one test file: SQLite in memory by default; when DATABASE_URL
// is set (scripts/pg-throwaway.mjs does it), a fresh PostgreSQL schema dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openMigratedDatabase, type Db } from '../database.ts';

export const testDialect = process.env.DATABASE_URL ? 'postgres' : 'sqlite';

export async function testDatabase(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  if (!url) return openMigratedDatabase({ sqliteFile: ':memory:' });
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = await openMigratedDatabase({ url, pgSchema: schema });
  return {
    ...handle,
    async close() {
      await handle.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
