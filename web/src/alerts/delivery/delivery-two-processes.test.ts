// Two server processes on one database run the same queue at once: each job runs once. On
// PostgreSQL (DATABASE_URL set, as in the test line's PostgreSQL step) the claim is
// `FOR UPDATE SKIP LOCKED`; on SQLite a conditional update. Each delivery job sends one push,
// and the push service counts how many it received per Topic.
import { spawn } from 'node:child_process';
import { createECDH, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { openMigratedDatabase } from '../../db/database.ts';
import { DELIVER } from './deliveries.ts';
import { GeneratedAlerts, PERSONS } from './__fixtures__/generated-alerts.ts';
import { buildAlertChannels } from './index.ts';

const url = process.env.DATABASE_URL;
const dialect = url ? 'postgres' : 'sqlite';
const dir = mkdtempSync(path.join(tmpdir(), 'droits360-two-'));
const schema = `test_${randomBytes(6).toString('hex')}`;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!url) return;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`drop schema if exists ${schema} cascade`);
  await c.end();
});

const child = path.join(import.meta.dirname, '__fixtures__', 'delivery-child.ts');
const ALERTS = 200;

describe(`two processes on one ${dialect} database`, () => {
  it('run each job once', { timeout: 120_000 }, async () => {
    if (url) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`create schema ${schema}`);
      await c.end();
    }
    const target = url ?? path.join(dir, 'two.sqlite');
    const h = await openMigratedDatabase(url ? { url, pgSchema: schema } : { sqliteFile: target });
    const channels = buildAlertChannels(loadConfig({ MAIL_DIR: path.join(dir, 'mail') }), h, {
      alerts: new GeneratedAlerts(ALERTS),
      now: Date.now,
      onError: () => undefined,
      kick: false,
    });
    const byTopic = new Map<string, number>();
    const service = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const topic = String(req.headers.topic);
        byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
        res.writeHead(201).end();
      });
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    const address = service.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    for (let p = 0; p < PERSONS; p += 1) {
      const sub = `person-${p}`;
      await channels.subscriptions.save(
        sub,
        {
          endpoint: `http://127.0.0.1:${port}/push/${sub}`,
          p256dh: createECDH('prime256v1').generateKeys().toString('base64url'),
          auth: randomBytes(16).toString('base64url'),
        },
        Date.now(),
      );
      await channels.delivery.queueFor(sub);
    }
    expect(await channels.queue.openCount(DELIVER)).toBe(2 * ALERTS);

    const run = () => {
      const p = spawn(
        process.execPath,
        [child, target, path.join(dir, 'mail'), String(ALERTS), ...(url ? [schema] : [])],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      p.stdout.on('data', (c: Buffer) => (out += c.toString()));
      return once(p, 'exit').then(([code]) => ({
        code: code as number | null,
        handled: Number(out),
      }));
    };
    try {
      const [a, b] = await Promise.all([run(), run()]);
      expect([a.code, b.code]).toEqual([0, 0]);
      // Every job handled by one of them (the day's plan job counts once too).
      expect(a.handled + b.handled).toBe(2 * ALERTS + 1);
    } finally {
      service.closeAllConnections();
      service.close();
    }
    expect(byTopic.size).toBe(ALERTS);
    expect([...byTopic.values()].every((n) => n === 1)).toBe(true);
    expect(await channels.queue.openCount()).toBe(0);
    await h.close();
  });
});
