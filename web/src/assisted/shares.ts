// The lighter share: one simulation, read-only for an adviser, through a code valid 24 hours at
// most and revocable. Codes are 12 random characters of 32 (60 bits) and only their hash is kept;
// guessing is also slowed by the route's rate limit.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { SharedSituation } from '../../../src/shared/contracts/assisted.ts';
import type { Database } from '../db/schema.ts';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const hashOf = (code: string) =>
  createHash('sha256').update(code.trim().toUpperCase()).digest('hex');

function newCode(): string {
  const chars = [...randomBytes(12)].map((b) => ALPHABET[b & 31] ?? 'A').join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

const situationJson = z.object({
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  benefits: z.array(z.string()).optional(),
});

export interface Share {
  readonly personSub: string;
  readonly personGivenName: string;
  readonly situation: SharedSituation;
  readonly createdAt: number;
  readonly expiresAt: number;
}

export class SharesRepository {
  readonly #db: Kysely<Database>;
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(
    person: { sub: string; givenName: string },
    situation: SharedSituation,
    now: number,
    validMs: number,
  ): Promise<{ code: string; expiresAt: number }> {
    const code = newCode();
    const expiresAt = now + validMs;
    await this.#db
      .insertInto('assisted_shares')
      .values({
        code_hash: hashOf(code),
        person_sub: person.sub,
        person_given_name: person.givenName,
        situation: JSON.stringify(situation),
        created_at: now,
        expires_at: expiresAt,
        revoked_at: null,
      })
      .execute();
    return { code, expiresAt };
  }

  /** The share while it is valid: not revoked, not past its end. */
  async live(code: string, now: number): Promise<Share | undefined> {
    const r = await this.#db
      .selectFrom('assisted_shares')
      .selectAll()
      .where('code_hash', '=', hashOf(code))
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    if (!r) return undefined;
    const situation = situationJson.safeParse(JSON.parse(r.situation));
    if (!situation.success) return undefined;
    return {
      personSub: r.person_sub,
      personGivenName: r.person_given_name,
      situation: situation.data,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
    };
  }

  /** The person revokes their own share; false when there was none live. */
  async revoke(sub: string, code: string, now: number): Promise<boolean> {
    const r = await this.#db
      .updateTable('assisted_shares')
      .set({ revoked_at: now })
      .where('code_hash', '=', hashOf(code))
      .where('person_sub', '=', sub)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return r.numUpdatedRows === 1n;
  }

  async forPerson(sub: string) {
    const rows = await this.#db
      .selectFrom('assisted_shares')
      .select(['created_at', 'expires_at', 'revoked_at', 'situation'])
      .where('person_sub', '=', sub)
      .execute();
    return rows.map((r) => ({
      createdAt: r.created_at,
      expiresAt: r.expires_at,
      revokedAt: r.revoked_at,
      situation: JSON.parse(r.situation) as unknown,
    }));
  }

  async deleteForPerson(sub: string): Promise<void> {
    await this.#db.deleteFrom('assisted_shares').where('person_sub', '=', sub).execute();
  }
}
