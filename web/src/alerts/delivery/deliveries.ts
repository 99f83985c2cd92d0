// The delivery outbox of the alerts: one row per (alert, channel) — its primary key is what makes
// each channel deliver an alert at most once —, a job per row to send it, and an append-only log
// of every status (queued, sent, failed, unsubscribed) that the inbox shows with the alert.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type {
  AlertChannel,
  AlertDelivery,
  DeliveryStatus,
} from '../../../../src/shared/contracts/alerts.ts';
import { ALERT_CHANNELS, DELIVERY_STATUSES } from '../../../../src/shared/contracts/alerts.ts';
import type { Database } from '../../db/schema.ts';
import { enqueueJobs, type NewJob } from '../../jobs/job-queue.ts';
import { deliveryDb, type DeliveryDb } from './tables.ts';

export const DELIVER = 'alert-deliver';
export const deliverKey = (alertId: string, channel: AlertChannel) =>
  `deliver:${alertId}:${channel}`;

export interface DeliverPayload {
  readonly alertId: string;
  readonly channel: AlertChannel;
}

/** The channels that go out through a job; the in-app inbox is delivered when the alert exists. */
export const SENT_CHANNELS = ['push', 'email'] as const satisfies readonly AlertChannel[];

const asChannel = (c: string): AlertChannel =>
  (ALERT_CHANNELS as readonly string[]).includes(c) ? (c as AlertChannel) : 'inapp';
const asStatus = (s: string): DeliveryStatus =>
  (DELIVERY_STATUSES as readonly string[]).includes(s) ? (s as DeliveryStatus) : 'queued';

export class DeliveryRepository {
  readonly #raw: Kysely<Database>;
  readonly #db: DeliveryDb;
  constructor(db: Kysely<Database>) {
    this.#raw = db;
    this.#db = deliveryDb(db);
  }

  /**
   * Queues the channels an alert has not had yet, with their jobs, in one transaction; the
   * in-app channel is logged sent (or unsubscribed) at once. Returns the channels queued.
   */
  async queue(
    alert: { readonly id: string; readonly personSub: string },
    inapp: boolean,
    now: number,
  ): Promise<AlertChannel[]> {
    return this.#raw.transaction().execute(async (tx) => {
      const db = deliveryDb(tx);
      const known = new Set(
        (
          await db
            .selectFrom('alert_deliveries')
            .select('channel')
            .where('alert_id', '=', alert.id)
            .execute()
        ).map((r) => r.channel),
      );
      const queued: AlertChannel[] = [];
      if (!known.has('inapp'))
        await this.#set(tx, alert, 'inapp', inapp ? 'sent' : 'unsubscribed', now, true);
      const jobs: NewJob[] = [];
      for (const channel of SENT_CHANNELS) {
        if (known.has(channel)) continue;
        if (!(await this.#set(tx, alert, channel, 'queued', now, true))) continue;
        queued.push(channel);
        jobs.push({
          key: deliverKey(alert.id, channel),
          kind: DELIVER,
          payload: { alertId: alert.id, channel } satisfies DeliverPayload,
        });
      }
      await enqueueJobs(tx, jobs, now);
      return queued;
    });
  }

  /** Records the outcome of a channel (inside the job's settling transaction). */
  async settle(
    tx: Transaction<Database>,
    alert: { readonly id: string; readonly personSub: string },
    channel: AlertChannel,
    status: DeliveryStatus,
    now: number,
  ): Promise<void> {
    await this.#set(tx, alert, channel, status, now, false);
  }

  /** Inserts (first) or updates the row and logs the status; false when `first` met a row. */
  async #set(
    tx: Transaction<Database>,
    alert: { readonly id: string; readonly personSub: string },
    channel: AlertChannel,
    status: DeliveryStatus,
    now: number,
    first: boolean,
  ): Promise<boolean> {
    const db = deliveryDb(tx);
    const res = await db
      .insertInto('alert_deliveries')
      .values({
        alert_id: alert.id,
        channel,
        person_sub: alert.personSub,
        status,
        updated_at: now,
      })
      .onConflict((oc) =>
        first
          ? oc.columns(['alert_id', 'channel']).doNothing()
          : oc.columns(['alert_id', 'channel']).doUpdateSet({ status, updated_at: now }),
      )
      .executeTakeFirst();
    if (first && Number(res.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
    await db
      .insertInto('alert_delivery_log')
      .values({ id: randomUUID(), alert_id: alert.id, channel, status, at: now })
      .execute();
    return true;
  }

  /** Every status the alert's channels went through, oldest first (shown in the inbox). */
  async deliveryLog(alertId: string): Promise<AlertDelivery[]> {
    const rows = await this.#db
      .selectFrom('alert_delivery_log')
      .select(['channel', 'status', 'at'])
      .where('alert_id', '=', alertId)
      .execute();
    const log = rows.map((r) => ({
      channel: asChannel(r.channel),
      status: asStatus(r.status),
      at: r.at,
    }));
    // Within one millisecond, what was queued comes before what came of it.
    const rank = (d: AlertDelivery) =>
      d.at * 8 + (d.status === 'queued' ? 0 : 4) + ALERT_CHANNELS.indexOf(d.channel);
    return log.sort((x, y) => rank(x) - rank(y));
  }

  /** The log of each of many alerts (the inbox's list), oldest first. */
  async forAlerts(ids: readonly string[]): Promise<Map<string, AlertDelivery[]>> {
    const out = new Map<string, AlertDelivery[]>();
    for (const id of new Set(ids)) {
      const log = await this.deliveryLog(id);
      if (log.length > 0) out.set(id, log);
    }
    return out;
  }

  /** The current status per channel of many alerts (for a list). */
  async latest(alertIds: readonly string[]): Promise<Map<string, AlertDelivery[]>> {
    const out = new Map<string, AlertDelivery[]>();
    if (alertIds.length === 0) return out;
    const rows = await this.#db
      .selectFrom('alert_deliveries')
      .select(['alert_id', 'channel', 'status', 'updated_at'])
      .where('alert_id', 'in', [...alertIds])
      .orderBy('channel')
      .execute();
    for (const r of rows)
      out.set(r.alert_id, [
        ...(out.get(r.alert_id) ?? []),
        { channel: asChannel(r.channel), status: asStatus(r.status), at: r.updated_at },
      ]);
    return out;
  }

  async statusOf(alertId: string, channel: AlertChannel): Promise<DeliveryStatus | undefined> {
    const r = await this.#db
      .selectFrom('alert_deliveries')
      .select('status')
      .where('alert_id', '=', alertId)
      .where('channel', '=', channel)
      .executeTakeFirst();
    return r ? asStatus(r.status) : undefined;
  }

  /** The person's delivery rows and log (RGPD erasure). */
  async deleteForPerson(sub: string): Promise<void> {
    const ids = this.#db
      .selectFrom('alert_deliveries')
      .select('alert_id')
      .where('person_sub', '=', sub);
    await this.#db.deleteFrom('alert_delivery_log').where('alert_id', 'in', ids).execute();
    await this.#db.deleteFrom('alert_deliveries').where('person_sub', '=', sub).execute();
  }
}
