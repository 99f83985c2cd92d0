// Server-side sessions: the browser only holds an opaque random id. Idle and absolute timeouts
// are enforced on read, so an expired session is never used even if the sweep has not run.
import { randomBytes } from 'node:crypto';

export interface PendingLogin {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
  readonly createdAt: number;
}

export interface SessionUser {
  readonly sub: string;
  readonly given_name: string;
  readonly family_name: string;
  readonly birthdate: string;
  readonly gender: string;
  readonly birthplace: string;
  readonly birthcountry: string;
  readonly email: string;
  readonly acr: string;
}

export interface SessionData {
  readonly csrfToken: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly user?: SessionUser;
  /** Kept for id_token_hint at logout, never sent to the browser. */
  readonly idToken?: string;
  readonly pending?: PendingLogin;
}

/** Storage of sessions; a SQL implementation can replace the memory one behind this port. */
export interface SessionRepository {
  get(id: string): Promise<SessionData | undefined>;
  set(id: string, data: SessionData): Promise<void>;
  delete(id: string): Promise<void>;
  deleteExpired(before: { idle: number; absolute: number }): Promise<number>;
  /** Every session of a person (their data was erased: no device stays logged in). */
  deleteForUser(sub: string): Promise<number>;
}

export class MemorySessionRepository implements SessionRepository {
  readonly #rows = new Map<string, SessionData>();
  get(id: string) {
    return Promise.resolve(this.#rows.get(id));
  }
  set(id: string, data: SessionData) {
    this.#rows.set(id, data);
    return Promise.resolve();
  }
  delete(id: string) {
    this.#rows.delete(id);
    return Promise.resolve();
  }
  deleteForUser(sub: string) {
    let n = 0;
    for (const [id, s] of this.#rows)
      if (s.user?.sub === sub) {
        this.#rows.delete(id);
        n += 1;
      }
    return Promise.resolve(n);
  }
  deleteExpired(before: { idle: number; absolute: number }) {
    let n = 0;
    for (const [id, s] of this.#rows)
      if (s.lastSeenAt < before.idle || s.createdAt < before.absolute) {
        this.#rows.delete(id);
        n += 1;
      }
    return Promise.resolve(n);
  }
}

export interface SessionPolicy {
  readonly idleMs: number;
  readonly absoluteMs: number;
  readonly now: () => number;
}

/** A session's last activity is written at most this often. */
export const TOUCH_EVERY_MS = 60_000;

export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export class Sessions {
  readonly repo: SessionRepository;
  readonly policy: SessionPolicy;
  constructor(repo: SessionRepository, policy: SessionPolicy) {
    this.repo = repo;
    this.policy = policy;
  }

  async create(init: Partial<Pick<SessionData, 'user' | 'idToken' | 'pending'>> = {}) {
    const now = this.policy.now();
    const id = randomToken();
    const data: SessionData = {
      ...init,
      csrfToken: randomToken(),
      createdAt: now,
      lastSeenAt: now,
    };
    await this.repo.set(id, data);
    return { id, data };
  }

  /** The live session for this id, touched; undefined (and deleted) when expired. */
  async read(id: string | undefined): Promise<SessionData | undefined> {
    if (!id || id.length > 100) return undefined;
    const s = await this.repo.get(id);
    if (!s) return undefined;
    const now = this.policy.now();
    if (now - s.lastSeenAt > this.policy.idleMs || now - s.createdAt > this.policy.absoluteMs) {
      await this.repo.delete(id);
      return undefined;
    }
    // The idle clock moves by minutes: writing on every request would make each read a write.
    // (within a tenth of the idle timeout, so a short timeout stays accurate).
    if (now - s.lastSeenAt < Math.min(TOUCH_EVERY_MS, this.policy.idleMs / 10)) return s;
    const touched = { ...s, lastSeenAt: now };
    await this.repo.set(id, touched);
    return touched;
  }

  sweep() {
    const now = this.policy.now();
    return this.repo.deleteExpired({
      idle: now - this.policy.idleMs,
      absolute: now - this.policy.absoluteMs,
    });
  }
}
