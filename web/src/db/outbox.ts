// The durable outbox of "tell us once": a declaration and one row per organisation to tell,
// written in one transaction. Workers claim due rows with a lease (a conditional update, which
// works the same on SQLite and PostgreSQL); a worker that dies simply lets its lease run out.
// Each row carries an idempotency key that the organisation uses to ignore a repeat, so a
// delivery retried after a crash is processed once.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export const OUTBOX_STATUSES = ['pending', 'sent', 'acknowledged', 'retry', 'needs-user'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxItem {
  readonly id: string;
  readonly declarationId: string;
  readonly organisation: string;
  readonly idempotencyKey: string;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly nextAttemptAt: number;
  readonly lastError: string | null;
  readonly receipt: string | null;
  readonly updatedAt: number;
}

export interface ClaimedDelivery extends OutboxItem {
  readonly kind: string;
  readonly payload: string;
  readonly lockedUntil: number;
}

export interface Declaration {
  readonly id: string;
  readonly userSub: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly createdAt: number;
  readonly deliveries: readonly OutboxItem[];
}

const asStatus = (s: string): OutboxStatus =>
  (OUTBOX_STATUSES as readonly string[]).includes(s) ? (s as OutboxStatus) : 'pending';

type Row = Database['outbox'];
const item = (r: Row): OutboxItem => ({
  id: r.id,
  declarationId: r.declaration_id,
  organisation: r.organisation,
  idempotencyKey: r.idempotency_key,
  status: asStatus(r.status),
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  receipt: r.receipt,
  updatedAt: r.updated_at,
});

export class OutboxRepository {
  readonly #db: Kysely<Database>;
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async enqueue(
    d: { userSub: string; kind: string; payload: unknown; discreet?: boolean },
    organisations: readonly string[],
    now: number,
  ): Promise<string> {
    const id = randomUUID();
    await this.#db.transaction().execute(async (tx) => {
      await tx
        .insertInto('declarations')
        .values({
          id,
          user_sub: d.userSub,
          kind: d.kind,
          payload: JSON.stringify(d.payload),
          created_at: now,
          discreet: d.discreet ? 1 : 0,
        })
        .execute();
      for (const organisation of new Set(organisations))
        await tx
          .insertInto('outbox')
          .values({
            id: randomUUID(),
            declaration_id: id,
            organisation,
            idempotency_key: `${id}:${organisation}`,
            status: 'pending',
            attempts: 0,
            next_attempt_at: now,
            locked_until: 0,
            last_error: null,
            receipt: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
    });
    return id;
  }

  /** Takes up to `limit` due deliveries for `leaseMs`; rows another worker holds are skipped. */
  async claimDue(now: number, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
    const due = await this.#db
      .selectFrom('outbox')
      .innerJoin('declarations', 'declarations.id', 'outbox.declaration_id')
      .selectAll('outbox')
      .select(['declarations.kind', 'declarations.payload'])
      .where('outbox.status', 'in', ['pending', 'retry'])
      .where('outbox.next_attempt_at', '<=', now)
      .where('outbox.locked_until', '<=', now)
      .orderBy('outbox.next_attempt_at')
      .orderBy('outbox.id')
      .limit(limit)
      .execute();
    const claimed: ClaimedDelivery[] = [];
    for (const r of due) {
      const lockedUntil = now + leaseMs;
      const res = await this.#db
        .updateTable('outbox')
        .set({ locked_until: lockedUntil })
        .where('id', '=', r.id)
        .where('locked_until', '=', r.locked_until)
        .where('status', 'in', ['pending', 'retry'])
        .executeTakeFirst();
      if (res.numUpdatedRows === 1n)
        claimed.push({ ...item(r), kind: r.kind, payload: r.payload, lockedUntil });
    }
    return claimed;
  }

  /**
   * Marks a claimed row delivered, only if this worker still holds its lease (the lease's end
   * time is the token): a worker whose lease ran out and was taken over changes nothing, and
   * the new holder's delivery — same idempotency key — is recognised by the organisation.
   */
  async markDelivered(
    claim: Pick<ClaimedDelivery, 'id' | 'lockedUntil'>,
    status: 'sent' | 'acknowledged',
    receipt: string,
    now: number,
  ): Promise<boolean> {
    const res = await this.#db
      .updateTable('outbox')
      .set((eb) => ({
        status,
        receipt,
        last_error: null,
        attempts: eb('attempts', '+', 1),
        locked_until: 0,
        updated_at: now,
      }))
      .where('id', '=', claim.id)
      .where('locked_until', '=', claim.lockedUntil)
      .where('status', 'in', ['pending', 'retry'])
      .executeTakeFirst();
    return res.numUpdatedRows === 1n;
  }

  /** Schedules a retry (or asks the person to act), under the same lease rule. */
  async markFailed(
    claim: Pick<ClaimedDelivery, 'id' | 'lockedUntil'>,
    f: { error: string; nextAttemptAt: number; giveUp: boolean },
    now: number,
  ): Promise<boolean> {
    const res = await this.#db
      .updateTable('outbox')
      .set((eb) => ({
        status: f.giveUp ? 'needs-user' : 'retry',
        last_error: f.error,
        attempts: eb('attempts', '+', 1),
        next_attempt_at: f.nextAttemptAt,
        locked_until: 0,
        updated_at: now,
      }))
      .where('id', '=', claim.id)
      .where('locked_until', '=', claim.lockedUntil)
      .where('status', 'in', ['pending', 'retry'])
      .executeTakeFirst();
    return res.numUpdatedRows === 1n;
  }

  /** Every declaration of the person (RGPD export), or only those a history may show. */
  async listForUser(sub: string, o: { withoutDiscreet?: boolean } = {}): Promise<Declaration[]> {
    const declarations = await this.#db
      .selectFrom('declarations')
      .selectAll()
      .where('user_sub', '=', sub)
      .$if(o.withoutDiscreet === true, (q) => q.where('discreet', '=', 0))
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    if (declarations.length === 0) return [];
    const rows = await this.#db
      .selectFrom('outbox')
      .selectAll()
      .where(
        'declaration_id',
        'in',
        declarations.map((d) => d.id),
      )
      .orderBy('organisation')
      .execute();
    return declarations.map((d) => ({
      id: d.id,
      userSub: d.user_sub,
      kind: d.kind,
      payload: JSON.parse(d.payload) as unknown,
      createdAt: d.created_at,
      deliveries: rows.filter((r) => r.declaration_id === d.id).map(item),
    }));
  }

  async deleteForUser(sub: string): Promise<void> {
    const ids = this.#db.selectFrom('declarations').select('id').where('user_sub', '=', sub);
    await this.#db.deleteFrom('outbox').where('declaration_id', 'in', ids).execute();
    await this.#db.deleteFrom('declarations').where('user_sub', '=', sub).execute();
  }

  /** Rows not yet delivered (for tests and monitoring). */
  async pendingCount(): Promise<number> {
    const r = await this.#db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'in', ['pending', 'retry'])
      .executeTakeFirstOrThrow();
    return r.n;
  }
}
