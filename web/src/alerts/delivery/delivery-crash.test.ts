// The delivery outbox survives a crash: a process delivering 1,000 alerts by Web Push and by
// e-mail is killed with SIGKILL while a push service holds one of its messages; a new process
// finishes the run, and every (alert, channel) is delivered exactly once — the push service keeps
// one message per Topic, the mail directory one file per Message-ID.
import { spawn, type ChildProcess } from 'node:child_process';
import { createECDH, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { openMigratedDatabase } from '../../db/database.ts';
import { GeneratedAlerts, PERSONS } from './__fixtures__/generated-alerts.ts';
import { buildAlertChannels } from './index.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'droits360-delivery-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const child = path.join(import.meta.dirname, '__fixtures__', 'delivery-child.ts');
const ALERTS = 1000;
const KILL_AT = 300;

function startWorker(file: string, mailDir: string): ChildProcess {
  return spawn(process.execPath, [child, file, mailDir, String(ALERTS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

describe('alert delivery after a crash', () => {
  it('delivers every (alert, channel) exactly once', { timeout: 180_000 }, async () => {
    const file = path.join(dir, 'alerts.sqlite');
    const mailDir = path.join(dir, 'mail');
    const h = await openMigratedDatabase({ sqliteFile: file });
    const config = loadConfig({ MAIL_DIR: mailDir, PUBLIC_URL: 'https://droits360.example' });
    const channels = buildAlertChannels(config, h, {
      alerts: new GeneratedAlerts(ALERTS),
      now: Date.now,
      onError: () => undefined,
      kick: false,
    });

    const byTopic = new Map<string, number>();
    let requests = 0;
    let reached: (() => void) | undefined;
    const reachedKillPoint = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const service = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        requests += 1;
        const topic = String(req.headers.topic);
        byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
        // Received by the push service, but the answer never reaches the worker.
        if (requests === KILL_AT) reached?.();
        else res.writeHead(201).end();
      });
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    const address = service.address();
    const port = typeof address === 'object' && address ? address.port : 0;

    const now = Date.now();
    for (let p = 0; p < PERSONS; p += 1) {
      const sub = `person-${p}`;
      const ua = createECDH('prime256v1');
      await channels.subscriptions.save(
        sub,
        {
          endpoint: `http://127.0.0.1:${port}/push/${sub}`,
          p256dh: ua.generateKeys().toString('base64url'),
          auth: randomBytes(16).toString('base64url'),
        },
        now,
      );
      const at = await channels.addresses.request(sub, `${sub}@exemple.fr`, now);
      await channels.addresses.confirm(channels.addresses.confirmToken(sub, at), now);
      await channels.delivery.queueFor(sub);
    }
    expect(await channels.queue.openCount()).toBe(2 * ALERTS);

    try {
      const first = startWorker(file, mailDir);
      const firstExit = once(first, 'exit');
      await reachedKillPoint;
      first.kill('SIGKILL');
      const [, signal] = (await firstExit) as [number | null, string | null];
      expect(signal).toBe('SIGKILL');
      expect(await channels.queue.openCount()).toBeGreaterThan(0);

      const second = startWorker(file, mailDir);
      const [code] = (await once(second, 'exit')) as [number | null];
      expect(code).toBe(0);
    } finally {
      service.closeAllConnections();
      service.close();
    }

    // The push service received each alert's message; what was in flight at the crash (at most
    // one batch) was sent again under the same Topic, which replaces it rather than adding one.
    expect(byTopic.size).toBe(ALERTS);
    const repeated = [...byTopic.values()].filter((n) => n > 1);
    expect(repeated.length).toBeGreaterThanOrEqual(1);
    expect(repeated.length).toBeLessThanOrEqual(10);
    expect(Math.max(...repeated)).toBe(2);
    // One e-mail per alert.
    expect(readdirSync(mailDir).filter((f) => f.endsWith('.eml'))).toHaveLength(ALERTS);
    // Every row settled as sent, and the queue is empty.
    expect(await channels.queue.openCount()).toBe(0);
    const statuses = await h.db
      .selectFrom('alert_deliveries' as never)
      .select(['status' as never])
      .execute();
    expect(statuses).toHaveLength(3 * ALERTS); // in-app, push, e-mail
    expect(new Set(statuses.map((r) => (r as { status: string }).status))).toEqual(
      new Set(['sent']),
    );
    await h.close();
  });
});
