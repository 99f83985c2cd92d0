// "Ask an agent" tickets: a kiosk puts the person on its reception area's waiting list and shows
// the ticket number; the agents of that structure (by SIRET) take and close them in the assisted
// mode. A ticket carries nothing personal: a number, a place and times.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, KioskTicketsTable } from '../db/schema.ts';

export interface KioskTicket {
  id: string;
  number: string;
  receptionAreaId: string;
  receptionAreaName: string;
  status: 'waiting' | 'taken' | 'done';
  createdAt: number;
  takenAt: number | null;
  takenBy: string | null;
  doneAt: number | null;
}

const STATUSES = ['waiting', 'taken', 'done'] as const;

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
/** The reception area's calendar day (YYYY-MM-DD): numbers start again each morning. */
export const receptionDay = (now: number): string => parisDay.format(now);
/** …: short enough to be called out at the desk. */
export const ticketNumber = (n: number): string => `A-${String(n).padStart(3, '0')}`;

function toTicket(row: Selectable<KioskTicketsTable> & { area_name: string }): KioskTicket {
  const status = STATUSES.find((s) => s === row.status) ?? 'waiting';
  return {
    id: row.id,
    number: row.number,
    receptionAreaId: row.reception_area_id,
    receptionAreaName: row.area_name,
    status,
    createdAt: row.created_at,
    takenAt: row.taken_at,
    takenBy: row.taken_by,
    doneAt: row.done_at,
  };
}

export class TicketRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  #select() {
    return this.#db
      .selectFrom('kiosk_tickets')
      .innerJoin('reception_areas', 'reception_areas.id', 'kiosk_tickets.reception_area_id')
      .selectAll('kiosk_tickets')
      .select('reception_areas.name as area_name');
  }

  async #byId(id: string): Promise<KioskTicket | null> {
    const row = await this.#select().where('kiosk_tickets.id', '=', id).executeTakeFirst();
    return row ? toTicket(row) : null;
  }

  /**
   * A new waiting ticket for the kiosk's reception area, numbered … each day of the
   * reception area (Europe/Paris). The number comes from a per-area, per-day counter raised in
   * one statement, so that two kiosks of one area asking at once never get the same number.
   */
  async create(kioskId: string, now: number): Promise<KioskTicket> {
    const id = randomUUID();
    await this.#db.transaction().execute(async (trx) => {
      const kiosk = await trx
        .selectFrom('kiosks')
        .select('reception_area_id')
        .where('id', '=', kioskId)
        .executeTakeFirstOrThrow();
      const { last } = await trx
        .insertInto('kiosk_ticket_counters')
        .values({ reception_area_id: kiosk.reception_area_id, day: receptionDay(now), last: 1 })
        .onConflict((oc) =>
          oc
            .columns(['reception_area_id', 'day'])
            .doUpdateSet((eb) => ({ last: eb('kiosk_ticket_counters.last', '+', 1) })),
        )
        .returning('last')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('kiosk_tickets')
        .values({
          id,
          number: ticketNumber(last),
          kiosk_id: kioskId,
          reception_area_id: kiosk.reception_area_id,
          status: 'waiting',
          created_at: now,
          taken_at: null,
          taken_by: null,
          done_at: null,
        })
        .execute();
    });
    const ticket = await this.#byId(id);
    if (!ticket) throw new Error('ticket not written');
    return ticket;
  }

  /** The ticket, if it belongs to a reception area of that structure. */
  async forSiret(id: string, siret: string): Promise<KioskTicket | null> {
    const row = await this.#select()
      .where('kiosk_tickets.id', '=', id)
      .where('reception_areas.siret', '=', siret)
      .executeTakeFirst();
    return row ? toTicket(row) : null;
  }

  /** The waiting tickets of every reception area of that structure, oldest first. */
  async waitingForSiret(siret: string): Promise<KioskTicket[]> {
    const rows = await this.#select()
      .where('reception_areas.siret', '=', siret)
      .where('kiosk_tickets.status', '=', 'waiting')
      .orderBy('kiosk_tickets.created_at')
      .orderBy('kiosk_tickets.number')
      .execute();
    return rows.map(toTicket);
  }

  async #move(
    id: string,
    siret: string,
    from: KioskTicket['status'],
    set: Partial<Pick<KioskTicketsTable, 'status' | 'taken_at' | 'taken_by' | 'done_at'>>,
    agentUid: string | null,
  ): Promise<KioskTicket | null> {
    const area = this.#db.selectFrom('reception_areas').select('id').where('siret', '=', siret);
    let query = this.#db
      .updateTable('kiosk_tickets')
      .set(set)
      .where('id', '=', id)
      .where('status', '=', from)
      .where('reception_area_id', 'in', area);
    if (agentUid !== null) query = query.where('taken_by', '=', agentUid);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? this.#byId(id) : null;
  }

  /** A waiting ticket of that structure taken by an agent; null when not found there or not waiting. */
  take(id: string, siret: string, agentUid: string, now: number): Promise<KioskTicket | null> {
    return this.#move(
      id,
      siret,
      'waiting',
      { status: 'taken', taken_at: now, taken_by: agentUid },
      null,
    );
  }

  /** A ticket taken by this agent, closed; null when not found there, not taken or taken by another. */
  done(id: string, siret: string, agentUid: string, now: number): Promise<KioskTicket | null> {
    return this.#move(id, siret, 'taken', { status: 'done', done_at: now }, agentUid);
  }
}
