// The whole app on a fresh database, and a way to be "logged in" as a fictitious person
// without going through the identity provider: a real session row with its CSRF token.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { SqlSessionRepository } from '../../auth/session-repository-sql.ts';
import { Sessions } from '../../auth/sessions.ts';
import { loadConfig } from '../../config.ts';
import { testDatabase } from '../../db/__fixtures__/test-database.ts';
import { sessionsDb, type Db } from '../../db/database.ts';
import { findPersonById } from '../../demo/people.ts';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: Db;
  /** Headers of a logged-in browser: session cookie, same origin, CSRF token. */
  loginAs(personId: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export async function testApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await testDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    STATIC_DIR: '/nonexistent-dist',
    ...env,
  });
  const app = await buildApp(config, { db });
  const sessions = new Sessions(
    new SqlSessionRepository(sessionsDb(db.db), config.SESSION_SECRET),
    {
      idleMs: 15 * 60 * 1000,
      absoluteMs: 12 * 60 * 60 * 1000,
      now: Date.now,
    },
  );
  return {
    app,
    db,
    async loginAs(personId) {
      const person = findPersonById(personId);
      if (!person) throw new Error(`unknown demo person ${personId}`);
      const { id, data } = await sessions.create({ user: { ...person.claims, acr: 'eidas1' } });
      return {
        cookie: `d360_sid=${id}`,
        origin: new URL(config.publicUrl).origin,
        'x-csrf-token': data.csrfToken,
      };
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
