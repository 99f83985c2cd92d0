// "Signaler une erreur": a person flags a piece of data held by an organisation; the report is
// forwarded to that organisation and its progress is tracked as a list of dated events.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from './schema.ts';

export const REPORT_STATUSES = [
  'received',
  'forwarded',
  'in-review',
  'corrected',
  'rejected',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

// Which status may follow which: a closed report stays closed.
const NEXT: Record<ReportStatus, readonly ReportStatus[]> = {
  received: ['forwarded'],
  forwarded: ['in-review', 'corrected', 'rejected'],
  'in-review': ['corrected', 'rejected'],
  corrected: [],
  rejected: [],
};

export const newErrorReport = z.object({
  organisation: z.string().regex(/^[a-z][a-z-]*$/, 'organisme inconnu'),
  subject: z
    .string()
    .regex(/^[a-z]+(:[a-z0-9_-]+)*$/, 'élément signalé invalide')
    .max(100),
  message: z
    .string()
    .trim()
    .min(10, 'décrivez l’erreur en quelques mots (10 caractères au moins)')
    .max(2000, 'le message dépasse 2 000 caractères'),
});
export type NewErrorReport = z.infer<typeof newErrorReport>;

export interface ReportEvent {
  readonly status: ReportStatus;
  readonly note: string | null;
  readonly at: number;
}

export interface ErrorReport extends NewErrorReport {
  readonly id: string;
  readonly status: ReportStatus;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly events: readonly ReportEvent[];
}

export class ReportTransitionError extends Error {
  override name = 'ReportTransitionError';
}

const asStatus = (s: string): ReportStatus =>
  (REPORT_STATUSES as readonly string[]).includes(s) ? (s as ReportStatus) : 'received';

export class ErrorReportsRepository {
  readonly #db: Kysely<Database>;
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(sub: string, input: NewErrorReport, now: number): Promise<ErrorReport> {
    const r = newErrorReport.parse(input);
    const id = randomUUID();
    await this.#db.transaction().execute(async (tx) => {
      await tx
        .insertInto('error_reports')
        .values({ id, user_sub: sub, ...r, status: 'received', created_at: now, updated_at: now })
        .execute();
      await tx
        .insertInto('error_report_events')
        .values({ id: randomUUID(), report_id: id, status: 'received', note: null, at: now })
        .execute();
    });
    const created = await this.get(sub, id);
    if (!created) throw new Error('report vanished after insert');
    return created;
  }

  /** Moves a report on; refuses a jump the workflow does not allow. */
  async advance(id: string, status: ReportStatus, note: string | null, now: number) {
    await this.#db.transaction().execute(async (tx) => {
      const row = await tx
        .selectFrom('error_reports')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw new ReportTransitionError('signalement introuvable');
      if (!NEXT[asStatus(row.status)].includes(status))
        throw new ReportTransitionError(`passage de ${row.status} à ${status} impossible`);
      await tx
        .updateTable('error_reports')
        .set({ status, updated_at: now })
        .where('id', '=', id)
        .execute();
      await tx
        .insertInto('error_report_events')
        .values({ id: randomUUID(), report_id: id, status, note, at: now })
        .execute();
    });
  }

  async get(sub: string, id: string): Promise<ErrorReport | undefined> {
    return (await this.#list(sub, id))[0];
  }

  list(sub: string): Promise<ErrorReport[]> {
    return this.#list(sub);
  }

  async #list(sub: string, id?: string): Promise<ErrorReport[]> {
    let q = this.#db.selectFrom('error_reports').selectAll().where('user_sub', '=', sub);
    if (id !== undefined) q = q.where('id', '=', id);
    const rows = await q.orderBy('created_at', 'desc').orderBy('id').execute();
    if (rows.length === 0) return [];
    const events = await this.#db
      .selectFrom('error_report_events')
      .selectAll()
      .where(
        'report_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      organisation: r.organisation,
      subject: r.subject,
      message: r.message,
      status: asStatus(r.status),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      events: events
        .filter((e) => e.report_id === r.id)
        .map((e) => ({ status: asStatus(e.status), note: e.note, at: e.at })),
    }));
  }

  async deleteForUser(sub: string): Promise<void> {
    const ids = this.#db.selectFrom('error_reports').select('id').where('user_sub', '=', sub);
    await this.#db.deleteFrom('error_report_events').where('report_id', 'in', ids).execute();
    await this.#db.deleteFrom('error_reports').where('user_sub', '=', sub).execute();
  }
}
