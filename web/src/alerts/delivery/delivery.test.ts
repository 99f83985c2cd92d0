// The delivery of alerts end to end below the routes: queued once per (alert, channel), sent by
// Web Push (decrypted here with the subscription's keys) and by e-mail (read back from the .eml
// file), with the preferences and the validity checked at send time.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPushService, type PushService } from '../../../../e2e/push-service.ts';
import { loadConfig } from '../../config.ts';
import { testDatabase, testDialect } from '../../db/__fixtures__/test-database.ts';
import type { Db } from '../../db/database.ts';
import { readEml } from './__fixtures__/eml.ts';
import { GeneratedAlerts, generatedAlert } from './__fixtures__/generated-alerts.ts';
import { deliverKey } from './deliveries.ts';
import { buildAlertChannels, type AlertChannels } from './index.ts';

const mailRoot = mkdtempSync(path.join(tmpdir(), 'droits360-mail-'));
afterAll(() => {
  rmSync(mailRoot, { recursive: true, force: true });
});

let h: Db;
let push: PushService;
let alerts: GeneratedAlerts;
let channels: AlertChannels;
let mailDir: string;
let clock = Date.parse('2027-01-04T08:00:00Z');

const expired = {
  ...generatedAlert(900, '2027-01-03'),
  id: 'deadline:expired',
  personSub: 'person-1',
};

beforeEach(async () => {
  h = await testDatabase();
  push = await startPushService();
  alerts = new GeneratedAlerts(20, [expired]);
  mailDir = mkdtempSync(path.join(mailRoot, 'run-'));
  const config = loadConfig({ MAIL_DIR: mailDir, PUBLIC_URL: 'https://droits360.example' });
  channels = buildAlertChannels(config, h, {
    alerts,
    now: () => clock,
    onError: () => undefined,
  });
});
afterEach(async () => {
  await push.close();
  await h.close();
});

const subscribe = (sub: string) =>
  channels.subscriptions.save(sub, { endpoint: push.endpoint, ...push.keys }, clock);

describe(`alert delivery on ${testDialect}`, () => {
  it('pushes an encrypted payload (aes128gcm) with the category’s title only', async () => {
    await subscribe('person-3');
    expect(await channels.delivery.queueFor('person-3')).toBe(4); // alerts 3 and 13, push and e-mail
    await channels.scheduler.drain();
    expect(push.received).toHaveLength(2);
    const [first] = push.received;
    if (!first) throw new Error('a push was expected');
    expect(first.headers['content-encoding']).toBe('aes128gcm');
    expect(first.headers.authorization).toMatch(/^vapid t=.+, k=.+/);
    const payload = JSON.parse(push.decrypt(first.body)) as Record<string, unknown>;
    expect(payload).toEqual({
      alertId: 'deadline:0003',
      category: 'deadline',
      title: 'Une échéance approche',
    });
    // Nothing of the alert's own words (which may be personal) travels in the push.
    expect(push.decrypt(first.body)).not.toMatch(/trimestrielle|person-3|ressources/);
    const log = await channels.delivery.deliveryLog('deadline:0003');
    expect(log.map((d) => `${d.channel}:${d.status}`)).toEqual([
      'push:queued',
      'email:queued',
      'inapp:sent',
      'push:sent',
      'email:unsubscribed', // no confirmed address
    ]);
  });

  it('queues each (alert, channel) once however often the sources run', async () => {
    await subscribe('person-3');
    await channels.delivery.queueFor('person-3');
    expect(await channels.delivery.queueFor('person-3')).toBe(0);
    await channels.scheduler.drain();
    await channels.delivery.queueFor('person-3');
    await channels.scheduler.drain();
    expect(push.received).toHaveLength(2);
  });

  it('never sends an expired alert, and reads the preferences at send time', async () => {
    await subscribe('person-1');
    await channels.delivery.queueFor('person-1');
    // Between queueing and sending, the person turns notifications off for deadlines.
    await alerts.setChannel('person-1', 'deadline', 'push', false);
    await channels.scheduler.drain();
    expect(push.received).toHaveLength(0);
    expect(await channels.deliveries.statusOf('deadline:0001', 'push')).toBe('unsubscribed');
    // The expired alert was not even queued.
    expect(await channels.deliveries.statusOf('deadline:expired', 'push')).toBeUndefined();
    // Expiring after being queued: never sent either.
    clock = Date.parse('2027-01-03T08:00:00Z');
    await alerts.setChannel('person-1', 'deadline', 'push', true);
    await channels.delivery.queueFor('person-1');
    clock = Date.parse('2027-01-04T08:00:00Z');
    await channels.scheduler.drain();
    expect(await channels.deliveries.statusOf('deadline:expired', 'push')).toBe('failed');
    expect(push.received).toHaveLength(0);
  });

  it('forgets a subscription the push service says is gone (410)', async () => {
    const gone = await startGonePushService();
    await channels.subscriptions.save('person-2', { endpoint: gone.endpoint, ...push.keys }, clock);
    await channels.delivery.queueFor('person-2');
    await channels.scheduler.drain();
    await gone.close();
    expect(await channels.subscriptions.forPerson('person-2')).toEqual([]);
    expect(await channels.deliveries.statusOf('deadline:0002', 'push')).toBe('unsubscribed');
  });

  it('e-mails only a confirmed address, with the unsubscribe headers, link and a verification code', async () => {
    await channels.delivery.requestEmail('person-4', 'camille@exemple.fr');
    await channels.scheduler.drain();
    const [confirmation] = readdirSync(mailDir);
    if (!confirmation) throw new Error('a confirmation e-mail was expected');
    const confirmMail = readEml(readFileSync(path.join(mailDir, confirmation), 'utf8'));
    expect(confirmMail.headers.get('subject')).toBe(
      'Droits360 : confirmez votre adresse électronique',
    );
    expect(confirmMail.headers.get('to')).toBe('camille@exemple.fr');
    // Before confirmation, alerts are not e-mailed.
    await channels.delivery.queueFor('person-4');
    await channels.scheduler.drain();
    expect(await channels.deliveries.statusOf('deadline:0004', 'email')).toBe('unsubscribed');

    const token = /confirmer\?jeton=([\w-]+)/.exec(confirmMail.body)?.[1] ?? '';
    expect(await channels.addresses.confirm(token, clock)).toBe('person-4');
    alerts.all.push({ ...generatedAlert(104), personSub: 'person-4' });
    await channels.delivery.queueFor('person-4');
    await channels.scheduler.drain();
    expect(await channels.deliveries.statusOf('deadline:0104', 'email')).toBe('sent');
    const files = readdirSync(mailDir).filter((f) => f !== confirmation);
    expect(files).toHaveLength(1);
    const mail = readEml(readFileSync(path.join(mailDir, files[0] ?? ''), 'utf8'));
    // Nothing personal in the subject: the category's fixed wording.
    expect(mail.headers.get('subject')).toBe('Droits360 : une échéance approche');
    expect(mail.headers.get('list-unsubscribe')).toMatch(
      /^<https:\/\/droits360\.example\/alertes\/desabonnement\?jeton=[\w-]{32}>$/,
    );
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.headers.get('content-type')).toMatch(/multipart\/alternative/);
    expect(mail.body).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(mail.body).toMatch(/Content-Type: text\/html; charset=utf-8/);
    expect(mail.body).toContain('Déclaration trimestrielle n° 104');
    expect(mail.body).toContain('Droits360 ne vous demande jamais par courriel');
    const code = /Code de vérification : ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(mail.body)?.[1] ?? '';
    expect(code).not.toBe('');
    expect(await channels.secrets.verify('person-4', code.toLowerCase())).toBe(clock);
    expect(await channels.secrets.verify('person-5', code)).toBeNull();
    // The body's one-click link carries the same token as the header, and it works.
    const unsubscribe = /desabonnement\?jeton=([\w-]{32})/.exec(mail.body)?.[1] ?? '';
    expect(mail.headers.get('list-unsubscribe')).toContain(unsubscribe);
    expect(await channels.secrets.resolveUnsubscribe(unsubscribe)).toEqual({
      sub: 'person-4',
      category: 'deadline',
      channel: 'email',
    });
  });

  it('logs a delivery that keeps failing as failed, with its dead letter', async () => {
    await channels.subscriptions.save(
      'person-6',
      { endpoint: 'http://127.0.0.1:9/push/nobody-listens', ...push.keys },
      clock,
    );
    const quick = buildAlertChannels(loadConfig({ MAIL_DIR: mailDir }), h, {
      alerts,
      now: () => clock,
      onError: () => undefined,
      scheduler: { maxAttempts: 2, baseDelayMs: 1 },
    });
    await quick.delivery.queueFor('person-6');
    await quick.scheduler.drain();
    clock += 10;
    await quick.scheduler.drain();
    const dead = await quick.queue.dead();
    expect(dead.map((d) => d.key)).toContain(deliverKey('deadline:0006', 'push'));
    expect(await quick.deliveries.statusOf('deadline:0006', 'push')).toBe('failed');
  });
});

async function startGonePushService() {
  const { createServer } = await import('node:http');
  const server = createServer((_req, res) => res.writeHead(410).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}/push/gone`,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
