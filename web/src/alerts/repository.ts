// The inbox and the preferences matrix, per person. `record` is the only way an alert comes in:
// an insert that ignores an id already there, so the same fact recorded twice (two runs, two
// processes) is one alert, and the caller learns whether it was new.
import type { Kysely, Selectable } from 'kysely';
import {
  DEFAULT_PREFERENCES,
  preferenceMatrix,
  type AlertCategory,
  type PreferenceMatrix,
} from '../../../src/shared/contracts/alerts.ts';
import type { AlertsTable, Database } from '../db/schema.ts';
import type { Alert, StoredAlert } from './types.ts';

export interface ListOptions {
  readonly category?: AlertCategory;
  /** true: only archived alerts; false (default): only those not archived. */
  readonly archived?: boolean;
  /** true: only unread; false: only read; absent: both. */
  readonly unread?: boolean;
  /** `YYYY-MM-DD`: leave out alerts whose validity ended before this day. */
  readonly validOn?: string;
}

export interface AlertPreferences {
  readonly matrix: PreferenceMatrix;
  readonly email: { readonly address: string | null; readonly confirmed: boolean };
}

function fromRow(r: Selectable<AlertsTable>): StoredAlert {
  return {
    id: r.id,
    personSub: r.user_sub,
    source: r.source,
    category: r.category as AlertCategory,
    title: r.title,
    body: r.body,
    dueDate: r.due_date,
    validUntil: r.valid_until,
    action: { label: r.action_label, href: r.action_href },
    createdAt: r.created_at,
    readAt: r.read_at,
    archivedAt: r.archived_at,
  };
}

function readMatrix(text: string): PreferenceMatrix {
  try {
    const parsed = preferenceMatrix.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

export class AlertRepository {
  readonly #db: Kysely<Database>;
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** Stores the alert unless its id is already there; true when it was new. */
  async record(a: Alert): Promise<boolean> {
    const r = await this.#db
      .insertInto('alerts')
      .values({
        id: a.id,
        user_sub: a.personSub,
        source: a.source,
        category: a.category,
        title: a.title,
        body: a.body,
        due_date: a.dueDate,
        valid_until: a.validUntil,
        action_label: a.action.label,
        action_href: a.action.href,
        created_at: a.createdAt,
        read_at: null,
        archived_at: null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** The person's alerts, newest first. */
  async forPerson(sub: string, o: ListOptions = {}): Promise<StoredAlert[]> {
    let q = this.#db.selectFrom('alerts').selectAll().where('user_sub', '=', sub);
    if (o.category) q = q.where('category', '=', o.category);
    q = o.archived ? q.where('archived_at', 'is not', null) : q.where('archived_at', 'is', null);
    if (o.unread === true) q = q.where('read_at', 'is', null);
    if (o.unread === false) q = q.where('read_at', 'is not', null);
    if (o.validOn) q = q.where('valid_until', '>=', o.validOn);
    const rows = await q.orderBy('created_at', 'desc').orderBy('id').execute();
    return rows.map(fromRow);
  }

  /** One of the person's alerts; undefined when it is someone else's or does not exist. */
  async get(sub: string, id: string): Promise<StoredAlert | undefined> {
    const row = await this.#db
      .selectFrom('alerts')
      .selectAll()
      .where('user_sub', '=', sub)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }

  /** Marks read (or unread again); false when the alert is not the person's. */
  async markRead(sub: string, id: string, read: boolean, now: number): Promise<boolean> {
    const r = await this.#db
      .updateTable('alerts')
      .set({ read_at: read ? now : null })
      .where('user_sub', '=', sub)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Archives (or brings back); archiving also marks it read. */
  async archive(sub: string, id: string, archived: boolean, now: number): Promise<boolean> {
    const current = await this.get(sub, id);
    if (!current) return false;
    await this.#db
      .updateTable('alerts')
      .set(archived ? { archived_at: now, read_at: current.readAt ?? now } : { archived_at: null })
      .where('user_sub', '=', sub)
      .where('id', '=', id)
      .execute();
    return true;
  }

  /** Unread, not archived, still valid on `today` (YYYY-MM-DD). */
  async unreadCount(sub: string, today: string): Promise<number> {
    const row = await this.#db
      .selectFrom('alerts')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('user_sub', '=', sub)
      .where('read_at', 'is', null)
      .where('archived_at', 'is', null)
      .where('valid_until', '>=', today)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async getPreferences(sub: string): Promise<AlertPreferences> {
    const row = await this.#db
      .selectFrom('alert_preferences')
      .selectAll()
      .where('user_sub', '=', sub)
      .executeTakeFirst();
    if (!row) return { matrix: DEFAULT_PREFERENCES, email: { address: null, confirmed: false } };
    return {
      matrix: readMatrix(row.matrix),
      email: { address: row.email_address, confirmed: row.email_confirmed_at !== null },
    };
  }

  /** Replaces the matrix; the e-mail address (set and confirmed elsewhere) is kept. */
  async putPreferences(sub: string, matrix: PreferenceMatrix, now: number): Promise<void> {
    const values = { matrix: JSON.stringify(preferenceMatrix.parse(matrix)), updated_at: now };
    await this.#db
      .insertInto('alert_preferences')
      .values({ user_sub: sub, email_address: null, email_confirmed_at: null, ...values })
      .onConflict((oc) => oc.column('user_sub').doUpdateSet(values))
      .execute();
  }

  /** What the change sources last saw of the person, as stored JSON (undefined: never ran). */
  async lastSeen(sub: string): Promise<{ snapshot: unknown; ranAt: number } | undefined> {
    const row = await this.#db
      .selectFrom('alert_source_state')
      .selectAll()
      .where('user_sub', '=', sub)
      .executeTakeFirst();
    if (!row) return undefined;
    let snapshot: unknown;
    try {
      snapshot = row.snapshot === null ? undefined : JSON.parse(row.snapshot);
    } catch {
      snapshot = undefined;
    }
    return { snapshot, ranAt: row.ran_at };
  }

  async saveLastSeen(sub: string, snapshot: unknown, ranAt: number): Promise<void> {
    const values = { snapshot: JSON.stringify(snapshot), ran_at: ranAt };
    await this.#db
      .insertInto('alert_source_state')
      .values({ user_sub: sub, person: null, ...values })
      .onConflict((oc) => oc.column('user_sub').doUpdateSet(values))
      .execute();
  }

  /**
   * Claims this hour's run for the person: true when the last run is older than `everyMs`
   * (the marker is written at once, so two readers of the inbox do not both run the sources).
   */
  async claimRun(sub: string, now: number, everyMs: number): Promise<boolean> {
    const inserted = await this.#db
      .insertInto('alert_source_state')
      .values({ user_sub: sub, person: null, snapshot: null, ran_at: now })
      .onConflict((oc) => oc.column('user_sub').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return true;
    const r = await this.#db
      .updateTable('alert_source_state')
      .set({ ran_at: now })
      .where('user_sub', '=', sub)
      .where('ran_at', '<=', now - everyMs)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Keeps the identity the organisations are asked with, for runs without a session. */
  async rememberPerson(sub: string, person: unknown): Promise<void> {
    const text = JSON.stringify(person);
    await this.#db
      .insertInto('alert_source_state')
      .values({ user_sub: sub, person: text, snapshot: null, ran_at: 0 })
      .onConflict((oc) => oc.column('user_sub').doUpdateSet({ person: text }))
      .execute();
  }

  async person(sub: string): Promise<unknown> {
    const row = await this.#db
      .selectFrom('alert_source_state')
      .select('person')
      .where('user_sub', '=', sub)
      .executeTakeFirst();
    if (!row?.person) return undefined;
    try {
      return JSON.parse(row.person) as unknown;
    } catch {
      return undefined;
    }
  }

  /** The person's alerts are erased with their data ("Mes données"). */
  async deleteForPerson(sub: string): Promise<void> {
    await this.#db.deleteFrom('alerts').where('user_sub', '=', sub).execute();
    await this.#db.deleteFrom('alert_preferences').where('user_sub', '=', sub).execute();
    await this.#db.deleteFrom('alert_source_state').where('user_sub', '=', sub).execute();
  }
}
