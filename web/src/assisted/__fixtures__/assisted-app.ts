// The whole app on a fresh database with an injected clock (services.now), and sessions without
// the identity providers: a person (FranceConnect) and an agent (ProConnect) of the demo data.
import { rm } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { vi } from 'vitest';
import { buildApp } from '../../app.ts';
import { AgentSessions } from '../../auth/agents-sessions.ts';
import type { AgentUser } from '../../auth/agents.ts';
import { SqlSessionRepository } from '../../auth/session-repository-sql.ts';
import { Sessions } from '../../auth/sessions.ts';
import { loadConfig } from '../../config.ts';
import { testDatabase } from '../../db/__fixtures__/test-database.ts';
import { sessionsDb, type Db } from '../../db/database.ts';
import { tempDir } from '../../documents/__fixtures__/files.ts';
import { demoAgents } from '../../idp/proconnect.ts';
import { findPersonById } from '../../demo/people.ts';

export const DAY = 24 * 60 * 60 * 1000;
export type Headers = Record<string, string>;

export interface AssistedApp {
  readonly app: FastifyInstance;
  readonly db: Db;
  /** The server's clock: move it to make mandates end. */
  readonly clock: { now: number };
  person(id: string): Promise<Headers>;
  /** `agent-fs`, `agent-ccas` or `manager-fs`: a live session at the clock's time. */
  agent(login: string): Promise<Headers>;
  close(): Promise<void>;
}

export async function assistedApp(): Promise<AssistedApp> {
  const dir = await tempDir();
  vi.stubEnv('DOCUMENTS_DIR', dir);
  const db = await testDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    STATIC_DIR: '/nonexistent-dist',
  });
  const clock = { now: Date.now() };
  const now = () => clock.now;
  const app = await buildApp(config, { db, now });
  const origin = new URL(config.publicUrl).origin;
  const people = new Sessions(new SqlSessionRepository(sessionsDb(db.db), config.SESSION_SECRET), {
    idleMs: 15 * 60 * 1000,
    absoluteMs: 12 * 60 * 60 * 1000,
    now: Date.now,
  });
  const agents = new AgentSessions(db.db, {
    idleMs: 15 * 60 * 1000,
    absoluteMs: 12 * 3600_000,
    now,
  });
  return {
    app,
    db,
    clock,
    async person(id) {
      const p = findPersonById(id);
      if (!p) throw new Error(`unknown demo person ${id}`);
      const { id: sid, data } = await people.create({ user: { ...p.claims, acr: 'eidas1' } });
      return { cookie: `d360_sid=${sid}`, origin, 'x-csrf-token': data.csrfToken };
    },
    async agent(login) {
      const i = demoAgents.findIndex((a) => a.login === login);
      const a = demoAgents[i];
      if (!a) throw new Error(`unknown demo agent ${login}`);
      const agent: AgentUser = {
        sub: `agent-${String(i + 1).padStart(4, '0')}`,
        uid: `uid-${a.login}`,
        givenName: a.given_name,
        usualName: a.usual_name,
        email: a.email,
        siret: a.siret,
        structure: a.structure,
        role: a.role,
      };
      const { id, data } = await agents.create({ agent });
      return { cookie: `d360_agent=${id}`, origin, 'x-csrf-token': data.csrfToken };
    },
    async close() {
      await app.close();
      await db.close();
      vi.unstubAllEnvs();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a mandate as `agent` and has `person` consent to it; returns its id. */
export async function consentedMandate(
  t: AssistedApp,
  agent: Headers,
  person: Headers,
  body: { domains: string[]; durationDays: number },
): Promise<string> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/agent/mandats',
    headers: agent,
    payload: body,
  });
  if (created.statusCode !== 201) throw new Error(`mandate ${created.statusCode} ${created.body}`);
  const { id, consentPath } = created.json<{ id: string; consentPath: string }>();
  const token = consentPath.split('/').pop() ?? '';
  const consent = await t.app.inject({
    method: 'POST',
    url: `/api/mandats/consentement/${token}`,
    headers: person,
    payload: { accept: true },
  });
  if (consent.statusCode !== 200) throw new Error(`consent ${consent.statusCode} ${consent.body}`);
  return id;
}
