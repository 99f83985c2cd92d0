// The alerts' scheduler and deliveries, built once from the configuration: what services.ts
// holds and the routes use.
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { JobQueue } from '../../jobs/job-queue.ts';
import { Scheduler } from '../../jobs/scheduler.ts';
import { DeliveryRepository } from './deliveries.ts';
import { createMailer, type Mailer } from './mailer.ts';
import type { AlertsPort } from './port.ts';
import { PushSubscriptions, vapidKeys, type VapidKeys } from './push.ts';
import { AlertDelivery } from './service.ts';
import { EmailAddresses, EmailSecrets } from './tokens.ts';

export interface AlertChannels {
  readonly queue: JobQueue;
  readonly scheduler: Scheduler;
  readonly delivery: AlertDelivery;
  readonly deliveries: DeliveryRepository;
  readonly subscriptions: PushSubscriptions;
  readonly addresses: EmailAddresses;
  readonly secrets: EmailSecrets;
  readonly vapid: () => Promise<VapidKeys>;
  readonly mailer: Mailer;
  readonly alerts: AlertsPort;
  /** Everything of the person in the delivery tables ("Mes données" erasure). */
  deleteForPerson(sub: string): Promise<void>;
}

export interface AlertChannelsOptions {
  readonly alerts: AlertsPort;
  readonly now: () => number;
  readonly onError: (error: unknown) => void;
  readonly mailer?: Mailer;
  /** false: queueing does not start the scheduler at once (a test that only prepares jobs). */
  readonly kick?: boolean;
  /** Scheduler tuning (tests make retries quick). */
  readonly scheduler?: {
    leaseMs?: number;
    baseDelayMs?: number;
    maxAttempts?: number;
    batch?: number;
  };
}

export function buildAlertChannels(
  config: Pick<
    Config,
    | 'publicUrl'
    | 'SESSION_SECRET'
    | 'VAPID_PUBLIC_KEY'
    | 'VAPID_PRIVATE_KEY'
    | 'VAPID_SUBJECT'
    | 'SMTP_URL'
    | 'MAIL_DIR'
    | 'MAIL_FROM'
  >,
  db: Db,
  o: AlertChannelsOptions,
): AlertChannels {
  const queue = new JobQueue(db.db, db.dialect);
  const deliveries = new DeliveryRepository(db.db);
  const subscriptions = new PushSubscriptions(db.db);
  const addresses = new EmailAddresses(db.db, config.SESSION_SECRET);
  const secrets = new EmailSecrets(db.db, config.SESSION_SECRET);
  const mailer = o.mailer ?? createMailer(config);
  let keys: Promise<VapidKeys> | undefined;
  const vapid = () => {
    keys ??= vapidKeys(db.db, config).catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return keys;
  };
  const delivery = new AlertDelivery({
    db: db.db,
    queue,
    alerts: o.alerts,
    deliveries,
    subscriptions,
    addresses,
    secrets,
    mailer,
    vapid,
    publicUrl: config.publicUrl,
    now: o.now,
    kick: () => {
      if (o.kick !== false) scheduler.kick(o.onError);
    },
  });
  const scheduler = new Scheduler({
    queue,
    handlers: delivery.handlers,
    beforePoll: delivery.beforePoll,
    onDead: delivery.onDead,
    now: o.now,
    ...o.scheduler,
  });
  return {
    queue,
    scheduler,
    delivery,
    deliveries,
    subscriptions,
    addresses,
    secrets,
    vapid,
    mailer,
    alerts: o.alerts,
    async deleteForPerson(sub) {
      await deliveries.deleteForPerson(sub);
      await subscriptions.deleteForPerson(sub);
      await addresses.deleteForPerson(sub);
      await secrets.deleteForPerson(sub);
    },
  };
}
