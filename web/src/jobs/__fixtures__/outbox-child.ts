// A worker process for the crash test: delivers the outbox of a SQLite file to an HTTP
// receiver until nothing is left, then exits. The test kills it with SIGKILL mid-delivery.
import { setTimeout as sleep } from 'node:timers/promises';
import { openMigratedDatabase } from '../../db/database.ts';
import { OutboxRepository } from '../../db/outbox.ts';
import { httpDeliver } from '../deliveries.ts';
import { OutboxWorker } from '../outbox.ts';

const [file, receiver] = process.argv.slice(2);
if (!file || !receiver) throw new Error('usage: outbox-child.ts <sqlite file> <receiver url>');
const h = await openMigratedDatabase({ sqliteFile: file });
const repo = new OutboxRepository(h.db);
const worker = new OutboxWorker({
  repo,
  deliver: httpDeliver({ baseUrl: receiver }),
  leaseMs: 400,
  batch: 3,
  baseDelayMs: 20,
});
// Rows a killed predecessor still holds become due when its lease runs out.
while ((await repo.pendingCount()) > 0) {
  await worker.drain();
  await sleep(25);
}
await h.close();
process.stdout.write('done\n');
