// Procedures the person sent: kept with what was sent (values and the documents' names and
// fingerprints), delivered to the organisation with the row id as idempotency key. The device's
// own reference (client_ref) makes a request replayed after a network cut a no-op.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ProcedureView } from '../../../src/shared/contracts/procedures.ts';
import type { Database } from '../db/schema.ts';
import { filesDb, type FilesDb, type ProceduresTable } from './tables.ts';

export interface ProcedurePayload {
  readonly values: Readonly<Record<string, string>>;
  readonly documents: readonly { id: string; name: string; type: string; sha256: string }[];
}

export interface ProcedureRow extends ProcedureView {
  readonly payload: ProcedurePayload;
  readonly attempts: number;
}

const row = (r: ProceduresTable): ProcedureRow => {
  const payload = JSON.parse(r.payload) as ProcedurePayload;
  return {
    id: r.id,
    procedure: r.procedure as ProcedureView['procedure'],
    organisation: r.organisation as ProcedureView['organisation'],
    status: r.status as ProcedureView['status'],
    reference: r.reference,
    createdAt: r.created_at,
    documents: payload.documents.map((d) => ({ id: d.id, name: d.name })),
    clientRef: r.client_ref,
    payload,
    attempts: r.attempts,
  };
};

export class ProceduresRepository {
  readonly #db: FilesDb;
  constructor(db: Kysely<Database>) {
    this.#db = filesDb(db);
  }

  /** Creates the procedure, or returns the one already made from the same device request. */
  async create(
    p: { userSub: string; clientRef: string; procedure: string; organisation: string },
    payload: ProcedurePayload,
    now: number,
  ): Promise<ProcedureRow> {
    const existing = await this.byClientRef(p.userSub, p.clientRef);
    if (existing) return existing;
    const values = {
      id: randomUUID(),
      user_sub: p.userSub,
      client_ref: p.clientRef,
      procedure: p.procedure,
      organisation: p.organisation,
      payload: JSON.stringify(payload),
      status: 'retry',
      reference: null,
      attempts: 0,
      created_at: now,
      updated_at: now,
    };
    await this.#db
      .insertInto('procedures')
      .values(values)
      .onConflict((oc) => oc.columns(['user_sub', 'client_ref']).doNothing())
      .execute();
    return (await this.byClientRef(p.userSub, p.clientRef)) ?? row(values);
  }

  async byClientRef(sub: string, ref: string): Promise<ProcedureRow | undefined> {
    const r = await this.#db
      .selectFrom('procedures')
      .selectAll()
      .where('user_sub', '=', sub)
      .where('client_ref', '=', ref)
      .executeTakeFirst();
    return r && row(r);
  }

  async get(id: string): Promise<ProcedureRow | undefined> {
    const r = await this.#db
      .selectFrom('procedures')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && row(r);
  }

  async list(sub: string): Promise<ProcedureRow[]> {
    const rows = await this.#db
      .selectFrom('procedures')
      .selectAll()
      .where('user_sub', '=', sub)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(row);
  }

  async markDelivered(id: string, reference: string, acknowledged: boolean, now: number) {
    await this.#db
      .updateTable('procedures')
      .set((eb) => ({
        status: acknowledged ? 'acknowledged' : 'sent',
        reference,
        attempts: eb('attempts', '+', 1),
        updated_at: now,
      }))
      .where('id', '=', id)
      .execute();
  }

  async markFailed(id: string, now: number) {
    await this.#db
      .updateTable('procedures')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), updated_at: now }))
      .where('id', '=', id)
      .execute();
  }

  async deleteForUser(sub: string) {
    await this.#db.deleteFrom('procedures').where('user_sub', '=', sub).execute();
  }
}
