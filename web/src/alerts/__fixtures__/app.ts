import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { testDatabase } from '../../db/__fixtures__/test-database.ts';
import type { Db } from '../../db/database.ts';
import { findPersonById } from '../../demo/people.ts';
import type { PersonIdentity } from '../../connectors/types.ts';

/** The whole server on a fresh database with a clock the test sets (`clock.now`). */
export async function appAt(now: number) {
  const clock = { now };
  const db: Db = await testDatabase();
  const app: FastifyInstance = await buildApp(
    loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STATIC_DIR: '/nonexistent-dist' }),
    { db, now: () => clock.now },
  );
  return {
    app,
    clock,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

export function demoIdentity(id: string): PersonIdentity {
  const p = findPersonById(id);
  if (!p) throw new Error(`unknown demo person ${id}`);
  return { ...p.claims };
}

/** 09:00 in Paris on that day. */
export const morningOf = (day: string) => Date.parse(`${day}T08:00:00Z`);
