// The outbox survives a crash: a worker process is killed with SIGKILL while an organisation
// is processing a delivery; a new process finishes the job, and every declaration reaches each
// organisation exactly once (the organisation ignores the repeated idempotency key).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { openMigratedDatabase } from '../db/database.ts';
import { OutboxRepository } from '../db/outbox.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'droits360-outbox-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const child = path.join(import.meta.dirname, '__fixtures__', 'outbox-child.ts');
const ORGS = ['caf', 'cpam', 'impots'];
const DECLARATIONS = 4;
const KILL_AT = 5;

function startWorker(file: string, url: string): ChildProcess {
  return spawn(process.execPath, [child, file, url], { stdio: ['ignore', 'pipe', 'inherit'] });
}

describe('outbox after a crash', () => {
  it('delivers every declaration exactly once to each organisation', async () => {
    const file = path.join(dir, 'outbox.sqlite');
    const h = await openMigratedDatabase({ sqliteFile: file });
    const repo = new OutboxRepository(h.db);
    const ids: string[] = [];
    for (let i = 0; i < DECLARATIONS; i += 1)
      ids.push(
        await repo.enqueue(
          { userSub: 'crash', kind: 'address', payload: { n: i } },
          ORGS,
          Date.now(),
        ),
      );

    const processed = new Map<string, { org: string; body: unknown }>();
    const requestsByKey = new Map<string, number>();
    let requests = 0;
    let hung: (() => void) | undefined;
    const reachedKillPoint = new Promise<void>((resolve) => {
      hung = resolve;
    });
    const receiver = Fastify();
    receiver.post('/partenaires/v1/:org/declarations', async (request, reply) => {
      const key = String(request.headers['idempotency-key']);
      const { org } = request.params as { org: string };
      requests += 1;
      requestsByKey.set(key, (requestsByKey.get(key) ?? 0) + 1);
      const known = processed.has(key);
      if (!known) processed.set(key, { org, body: request.body });
      const receipt = { reference: `${org}-${key.slice(0, 8)}`, statut: 'traitee' };
      if (requests === KILL_AT) {
        // Processed on the organisation's side, but the answer never reaches the worker.
        hung?.();
        await once(request.raw, 'close');
        return reply.code(503).send();
      }
      return reply.code(known ? 409 : 201).send(receipt);
    });
    await receiver.listen({ host: '127.0.0.1', port: 0 });
    const address = receiver.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    try {
      const first = startWorker(file, url);
      const firstExit = once(first, 'exit');
      await reachedKillPoint;
      first.kill('SIGKILL');
      const [, signal] = (await firstExit) as [number | null, string | null];
      expect(signal).toBe('SIGKILL');
      expect(await repo.pendingCount()).toBeGreaterThan(0);

      const second = startWorker(file, url);
      const [code] = (await once(second, 'exit')) as [number | null];
      expect(code).toBe(0);
    } finally {
      await receiver.close();
    }

    // Each organisation processed each declaration once…
    expect(processed.size).toBe(DECLARATIONS * ORGS.length);
    for (const org of ORGS)
      expect(
        [...processed.entries()]
          .filter(([, v]) => v.org === org)
          .map(([k]) => k.split(':')[0])
          .sort(),
      ).toEqual([...ids].sort());
    // …although what was in flight at the crash (at most one batch of 3) was sent again.
    const repeated = [...requestsByKey.values()].filter((n) => n > 1);
    expect(repeated.length).toBeGreaterThanOrEqual(1);
    expect(repeated.length).toBeLessThanOrEqual(3);
    expect(Math.max(...repeated)).toBe(2);
    const rows = (await repo.listForUser('crash')).flatMap((d) => d.deliveries);
    expect(rows.every((r) => r.status === 'acknowledged')).toBe(true);
    await h.close();
  });
});
