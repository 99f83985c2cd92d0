// The sandbox organisations' memory of what they received, in the portal's database: like a real
// organisation, a sandbox processes an idempotency key once, even after the server restarts
// (a delivery sent again after a crash gets the first receipt back, not a second effect).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { hardeningDb, type HardeningDb } from '../../http/tables.ts';

export interface SandboxReceipt {
  readonly idempotencyKey: string;
  readonly organisation: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly reference: string;
}

export class SandboxReceipts {
  readonly #db: HardeningDb;
  readonly #now: () => number;
  constructor(db: Kysely<Database>, now: () => number = Date.now) {
    this.#db = hardeningDb(db);
    this.#now = now;
  }

  async get(key: string): Promise<SandboxReceipt | undefined> {
    const r = await this.#db
      .selectFrom('sandbox_receipts')
      .selectAll()
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    return (
      r && {
        idempotencyKey: r.idempotency_key,
        organisation: r.organisation,
        kind: r.kind,
        payload: JSON.parse(r.payload) as unknown,
        reference: r.reference,
      }
    );
  }

  /** Keeps the receipt unless another delivery of the same key won; returns the kept one. */
  async put(r: SandboxReceipt): Promise<SandboxReceipt> {
    await this.#db
      .insertInto('sandbox_receipts')
      .values({
        idempotency_key: r.idempotencyKey,
        organisation: r.organisation,
        kind: r.kind,
        payload: JSON.stringify(r.payload ?? null),
        reference: r.reference,
        received_at: this.#now(),
      })
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .execute();
    return (await this.get(r.idempotencyKey)) ?? r;
  }

  async list(organisation?: string): Promise<SandboxReceipt[]> {
    const rows = await this.#db
      .selectFrom('sandbox_receipts')
      .selectAll()
      .$if(organisation !== undefined, (q) => q.where('organisation', '=', organisation ?? ''))
      .orderBy('received_at')
      .orderBy('idempotency_key')
      .execute();
    return rows.map((r) => ({
      idempotencyKey: r.idempotency_key,
      organisation: r.organisation,
      kind: r.kind,
      payload: JSON.parse(r.payload) as unknown,
      reference: r.reference,
    }));
  }
}
