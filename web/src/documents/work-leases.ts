// Short claims on a piece of work that a read may trigger (a message or a procedure sent again
// when the list is read): of two concurrent requests, one claims and sends, the other leaves it.
// One conditional upsert, atomic on SQLite and PostgreSQL; a claim ends when released or when
// its time runs out (the claimer died).
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { hardeningDb, type HardeningDb } from '../http/tables.ts';

export interface Lease {
  readonly name: string;
  readonly holder: string;
}

export class WorkLeases {
  readonly #db: HardeningDb;
  readonly #now: () => number;
  constructor(db: Kysely<Database>, now: () => number = Date.now) {
    this.#db = hardeningDb(db);
    this.#now = now;
  }

  /** The lease, or undefined when someone else holds `name`. */
  async claim(name: string, ttlMs: number): Promise<Lease | undefined> {
    const now = this.#now();
    const holder = randomUUID();
    const res = await this.#db
      .insertInto('work_leases')
      .values({ name, holder, until: now + ttlMs })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ holder, until: now + ttlMs })
          .where('work_leases.until', '<=', now),
      )
      .executeTakeFirst();
    return res.numInsertedOrUpdatedRows === 1n ? { name, holder } : undefined;
  }

  async release(lease: Lease): Promise<void> {
    await this.#db
      .deleteFrom('work_leases')
      .where('name', '=', lease.name)
      .where('holder', '=', lease.holder)
      .execute();
  }
}

/** A stable UUID derived from a seed (the acknowledgement of a message has one possible id). */
export function derivedUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
