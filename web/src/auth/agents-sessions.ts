// Agents' sessions, apart from people's: their own table, cookie, CSRF token and a shorter life
// (re-authentication after 15 minutes idle by default). Same shape of rules as `sessions.ts`:
// an opaque random id in the cookie, timeouts enforced on every read.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { z } from 'zod';
import type { AgentUser } from './agents.ts';
import { randomToken, type PendingLogin } from './sessions.ts';

export const agentUser = z.object({
  sub: z.string().min(1).max(128),
  uid: z.string().min(1).max(128),
  givenName: z.string().min(1).max(200),
  usualName: z.string().min(1).max(200),
  email: z.email(),
  siret: z.string().regex(/^\d{14}$/),
  structure: z.string().min(1).max(300),
  role: z.enum(['agent', 'manager']),
});

const pending = z.object({
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  returnTo: z.string(),
  createdAt: z.number(),
});

const stored = z.object({
  csrfToken: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
  agent: agentUser.optional(),
  idToken: z.string().optional(),
  pending: pending.optional(),
});
export type AgentSessionData = z.infer<typeof stored>;

export interface AgentSessionsTable {
  id: string;
  data: string;
  created_at: number;
  last_seen_at: number;
}

export class AgentSessions {
  readonly #db: Kysely<Database>;
  readonly policy: { idleMs: number; absoluteMs: number; now: () => number };
  constructor(
    db: Kysely<Database>,
    policy: { idleMs: number; absoluteMs: number; now: () => number },
  ) {
    this.#db = db;
    this.policy = policy;
  }

  async create(init: {
    agent?: AgentUser;
    idToken?: string;
    pending?: PendingLogin;
  }): Promise<{ id: string; data: AgentSessionData }> {
    const now = this.policy.now();
    const id = randomToken();
    const data: AgentSessionData = {
      ...init,
      csrfToken: randomToken(),
      createdAt: now,
      lastSeenAt: now,
    };
    await this.#db
      .insertInto('agent_sessions')
      .values({ id, data: JSON.stringify(data), created_at: now, last_seen_at: now })
      .execute();
    return { id, data };
  }

  /** The live session, touched; undefined (and deleted) when idle or too old. */
  async read(id: string | undefined): Promise<AgentSessionData | undefined> {
    if (!id || id.length > 100) return undefined;
    const row = await this.#db
      .selectFrom('agent_sessions')
      .select('data')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const parsed = stored.safeParse(JSON.parse(row.data));
    const now = this.policy.now();
    if (
      !parsed.success ||
      now - parsed.data.lastSeenAt > this.policy.idleMs ||
      now - parsed.data.createdAt > this.policy.absoluteMs
    ) {
      await this.delete(id);
      return undefined;
    }
    const touched = { ...parsed.data, lastSeenAt: now };
    await this.#db
      .updateTable('agent_sessions')
      .set({ data: JSON.stringify(touched), last_seen_at: now })
      .where('id', '=', id)
      .execute();
    return touched;
  }

  async delete(id: string): Promise<void> {
    await this.#db.deleteFrom('agent_sessions').where('id', '=', id).execute();
  }

  async sweep(): Promise<void> {
    const now = this.policy.now();
    await this.#db
      .deleteFrom('agent_sessions')
      .where((eb) =>
        eb.or([
          eb('last_seen_at', '<', now - this.policy.idleMs),
          eb('created_at', '<', now - this.policy.absoluteMs),
        ]),
      )
      .execute();
  }
}
