// The alerts' jobs: each day every known person's sources run; a sources run queues, for each of
// the person's alerts, the channels it has not had yet; a delivery job sends one (alert, channel)
// — after checking, at send time, that the alert is still valid and the person still wants that
// channel — and settles its row in the same transaction as the job.
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { PUSH_TITLES, type DeliveryStatus } from '../../../../src/shared/contracts/alerts.ts';
import type { Database } from '../../db/schema.ts';
import type { ClaimedJob, JobQueue } from '../../jobs/job-queue.ts';
import type { JobContext, JobHandler } from '../../jobs/scheduler.ts';
import { DELIVER, DeliveryRepository, deliverKey, type DeliverPayload } from './deliveries.ts';
import type { Mailer } from './mailer.ts';
import { parisDay } from '../calendar.ts';
import { isExpired, type AlertsPort, type DeliverableAlert } from './port.ts';
import { pushTopic, sendPush, type PushSubscriptions, type VapidKeys } from './push.ts';
import { alertMail, confirmationMail } from './render.ts';
import type { EmailAddresses, EmailSecrets } from './tokens.ts';

export const PLAN_DAY = 'alert-plan-day';
export const SOURCES = 'alert-sources';
export const CONFIRM_EMAIL = 'alert-confirm-email';

export interface AlertDeliveryOptions {
  readonly db: Kysely<Database>;
  readonly queue: JobQueue;
  readonly alerts: AlertsPort;
  readonly deliveries: DeliveryRepository;
  readonly subscriptions: PushSubscriptions;
  readonly addresses: EmailAddresses;
  readonly secrets: EmailSecrets;
  readonly mailer: Mailer;
  readonly vapid: () => Promise<VapidKeys>;
  readonly publicUrl: string;
  readonly now: () => number;
  /** Told when new jobs were queued (the scheduler runs them promptly). */
  readonly kick?: () => void;
}

const messageId = (key: string, publicUrl: string) =>
  `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${new URL(publicUrl).hostname}>`;

export class AlertDelivery {
  readonly #o: AlertDeliveryOptions;
  constructor(o: AlertDeliveryOptions) {
    this.#o = o;
  }

  readonly handlers: Readonly<Record<string, JobHandler>> = {
    [PLAN_DAY]: (payload) => this.#planDay(payload as { day: string }),
    [SOURCES]: (payload) => this.#sources(payload as { sub: string }),
    [DELIVER]: (payload, ctx) => this.#deliver(payload as DeliverPayload, ctx),
    [CONFIRM_EMAIL]: (payload) =>
      this.#confirmEmail(payload as { sub: string; requestedAt: number }),
  };

  /** At each poll: the day's plan, once per day whatever the number of processes. */
  readonly beforePoll = async (now: number) => {
    const day = parisDay(now);
    await this.#o.queue.enqueue([{ key: `plan:${day}`, kind: PLAN_DAY, payload: { day } }], now);
  };

  /** A delivery that gave up is logged failed with the job that made it a dead letter. */
  readonly onDead = async (job: ClaimedJob, tx: Transaction<Database>, now: number) => {
    if (job.kind !== DELIVER) return;
    const p = job.payload as DeliverPayload;
    const alert = await this.#o.alerts.get(p.alertId);
    if (alert) await this.#o.deliveries.settle(tx, alert, p.channel, 'failed', now);
  };

  /** Runs the person's sources soon (a new device or address catches up with due alerts). */
  async runSourcesSoon(sub: string, reason: string): Promise<void> {
    const now = this.#o.now();
    await this.#o.queue.enqueue(
      [{ key: `sources:${sub}:${reason}:${now}`, kind: SOURCES, payload: { sub } }],
      now,
    );
    this.#o.kick?.();
  }

  /** Sends the confirmation link to a new address (through a job: kept across a restart). */
  async requestEmail(sub: string, address: string): Promise<void> {
    const now = this.#o.now();
    const requestedAt = await this.#o.addresses.request(sub, address, now);
    await this.#o.queue.enqueue(
      [
        {
          key: `confirm:${sub}:${requestedAt}`,
          kind: CONFIRM_EMAIL,
          payload: { sub, requestedAt },
        },
      ],
      now,
    );
    this.#o.kick?.();
  }

  deliveryLog(alertId: string) {
    return this.#o.deliveries.deliveryLog(alertId);
  }

  async #planDay({ day }: { day: string }) {
    const now = this.#o.now();
    // The persons whose identity the sources may use without a session (kept by the alerts side).
    const persons = await this.#o.db
      .selectFrom('alert_source_state')
      .select('user_sub')
      .where('person', 'is not', null)
      .orderBy('user_sub')
      .execute();
    await this.#o.queue.enqueue(
      persons.map(({ user_sub: sub }) => ({
        key: `sources:${sub}:${day}`,
        kind: SOURCES,
        payload: { sub },
      })),
      now,
    );
  }

  async #sources({ sub }: { sub: string }) {
    const o = this.#o;
    await o.alerts.runSources(sub, o.now());
    await this.queueFor(sub);
  }

  /** Queues the channels the person's valid alerts have not had yet. */
  async queueFor(sub: string): Promise<number> {
    const o = this.#o;
    const now = o.now();
    const [alerts, matrix] = await Promise.all([o.alerts.forPerson(sub), o.alerts.matrix(sub)]);
    let queued = 0;
    for (const a of alerts) {
      if (isExpired(a, now)) continue;
      queued += (await o.deliveries.queue(a, matrix[a.category].inapp, now)).length;
    }
    if (queued > 0) o.kick?.();
    return queued;
  }

  async #deliver(p: DeliverPayload, ctx: JobContext) {
    const o = this.#o;
    const alert = await o.alerts.get(p.alertId);
    // Erased with the person's data: nothing to send, nothing to log.
    if (!alert) return;
    const settle = (status: DeliveryStatus) =>
      ctx.complete((tx) => o.deliveries.settle(tx, alert, p.channel, status, o.now()));
    if (isExpired(alert, o.now())) {
      await settle('failed');
      return;
    }
    const matrix = await o.alerts.matrix(alert.personSub);
    if (!matrix[alert.category][p.channel]) {
      await settle('unsubscribed');
      return;
    }
    const outcome =
      p.channel === 'push'
        ? await this.#push(alert, ctx.signal)
        : p.channel === 'email'
          ? await this.#email(alert)
          : 'sent';
    await settle(outcome);
  }

  async #push(alert: DeliverableAlert, signal: AbortSignal): Promise<DeliveryStatus> {
    const o = this.#o;
    const devices = await o.subscriptions.forPerson(alert.personSub);
    if (devices.length === 0) return 'unsubscribed';
    const vapid = await o.vapid();
    const topic = pushTopic(deliverKey(alert.id, 'push'));
    // Nothing personal: the alert's id, its category and the category's fixed title.
    const payload = {
      alertId: alert.id,
      category: alert.category,
      title: PUSH_TITLES[alert.category],
    };
    const results = await Promise.allSettled(
      devices.map((d) => sendPush(d, payload, { vapid, topic, signal })),
    );
    let sent = 0;
    let failure: unknown;
    for (const [i, r] of results.entries()) {
      const device = devices[i];
      if (r.status === 'rejected') failure = r.reason;
      else if (r.value === 'sent') sent += 1;
      else if (device) await o.subscriptions.forget(device.endpoint);
    }
    if (sent > 0) return 'sent';
    if (failure !== undefined)
      throw failure instanceof Error ? failure : new Error('envoi de la notification en échec');
    return 'unsubscribed';
  }

  async #email(alert: DeliverableAlert): Promise<DeliveryStatus> {
    const o = this.#o;
    const to = await o.addresses.confirmed(alert.personSub);
    if (!to) return 'unsubscribed';
    const now = o.now();
    const key = deliverKey(alert.id, 'email');
    const [code, unsubscribeToken] = await Promise.all([
      o.secrets.verificationCode(alert.personSub, `alert:${alert.id}`, now),
      o.secrets.unsubscribeToken(alert.personSub, alert.category, 'email', key, now),
    ]);
    await o.mailer.send(
      alertMail(alert, to, {
        publicUrl: o.publicUrl,
        messageId: messageId(key, o.publicUrl),
        code,
        unsubscribeToken,
      }),
    );
    return 'sent';
  }

  async #confirmEmail(p: { sub: string; requestedAt: number }) {
    const o = this.#o;
    const to = await o.addresses.pending(p.sub, p.requestedAt);
    // Replaced by a newer request, or already confirmed: this link is no longer needed.
    if (!to) return;
    const key = `confirm:${p.sub}:${p.requestedAt}`;
    const code = await o.secrets.verificationCode(p.sub, key, o.now());
    await o.mailer.send(
      confirmationMail(to, {
        publicUrl: o.publicUrl,
        messageId: messageId(key, o.publicUrl),
        code,
        confirmToken: o.addresses.confirmToken(p.sub, p.requestedAt),
      }),
    );
  }
}
