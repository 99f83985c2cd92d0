// The server's long-lived objects, built once from configuration and handed to the routes:
// repositories over the database, and the rights service over the connectors.
import { assistedStore, type AssistedStore } from './assisted/store.ts';
import { sqlAlertsPort } from './alerts/delivery/alerts-port-sql.ts';
import {
  buildAlertChannels,
  type AlertChannels,
  type AlertChannelsOptions,
} from './alerts/delivery/index.ts';
import { AlertRepository } from './alerts/repository.ts';
import { runSources } from './alerts/sources/index.ts';
import type { Config } from './config.ts';
import { connectors } from './connectors/registry.ts';
import { SandboxReceipts } from './connectors/sandbox/receipts.ts';
import { RightsService } from './connectors/service.ts';
import { buildTransports, type Transports } from './connectors/transports.ts';
import { ConnectorCacheRepository } from './db/connector-cache.ts';
import type { Db } from './db/database.ts';
import { ErrorReportsRepository } from './db/error-reports.ts';
import { PreferencesRepository } from './db/preferences.ts';
import { OutboxRepository } from './db/outbox.ts';
import { UsersRepository } from './db/users.ts';
import { SandboxInbox, buildDeliver } from './jobs/deliveries.ts';
import { KioskRepository } from './kiosk/kiosks.ts';
import { TicketRepository } from './kiosk/tickets.ts';
import { OutboxWorker } from './jobs/outbox.ts';

export interface Services {
  readonly db: Db;
  readonly users: UsersRepository;
  readonly preferences: PreferencesRepository;
  readonly reports: ErrorReportsRepository;
  readonly cache: ConnectorCacheRepository;
  readonly rights: RightsService;
  readonly outbox: OutboxRepository;
  readonly worker: OutboxWorker;
  /** "Ask an agent" tickets from the kiosks, taken by the agents in the assisted mode. */
  readonly tickets: TicketRepository;
  /** The assisted mode's mandates, their journal and the lighter shares. */
  readonly assisted: AssistedStore;
  /** The kiosks of the reception areas: enrolment codes, tokens (hashed), check-ins. */
  readonly kiosks: KioskRepository;
  /** The alerts inbox, preferences and the sources' per-person state. */
  readonly alerts: AlertRepository;
  /** The alerts' scheduler, delivery outbox and channels (Web Push, e-mail). */
  readonly alertChannels: AlertChannels;
  /** Where sandbox organisations receive declarations (inspectable in tests). */
  readonly inbox: SandboxInbox;
  readonly now: () => number;
}

export interface ServiceOverrides {
  readonly transports?: Transports;
  readonly now?: () => number;
  /** A mailer or quicker retries for the alerts' tests. */
  readonly alertChannels?: Pick<AlertChannelsOptions, 'mailer' | 'scheduler'>;
}

export function buildServices(
  config: Config,
  db: Db,
  log: (org: string, error: unknown) => void,
  o: ServiceOverrides = {},
): Services {
  const now = o.now ?? Date.now;
  const cache = new ConnectorCacheRepository(db.db);
  const outbox = new OutboxRepository(db.db);
  const inbox = new SandboxInbox(config.connectors.faults, new SandboxReceipts(db.db, now));
  const alerts = new AlertRepository(db.db);
  const alertsPort = sqlAlertsPort(db.db, alerts, (sub, at) => runSources(services, sub, at), now);
  const services: Services = {
    db,
    users: new UsersRepository(db.db),
    preferences: new PreferencesRepository(db.db),
    reports: new ErrorReportsRepository(db.db),
    cache,
    rights: new RightsService({
      connectors,
      transports: o.transports ?? buildTransports(config.connectors),
      cache,
      config: config.connectors,
      now,
      onError: log,
    }),
    outbox,
    tickets: new TicketRepository(db.db),
    assisted: assistedStore(db.db),
    kiosks: new KioskRepository(db.db),
    alerts,
    alertChannels: buildAlertChannels(config, db, {
      alerts: alertsPort,
      now,
      onError: (error) => {
        log('alertes', error);
      },
      ...o.alertChannels,
    }),
    inbox,
    worker: new OutboxWorker({
      repo: outbox,
      deliver: buildDeliver(config.connectors, inbox),
      now,
      timeoutMs: config.connectors.timeoutMs,
    }),
    now,
  };
  return services;
}
