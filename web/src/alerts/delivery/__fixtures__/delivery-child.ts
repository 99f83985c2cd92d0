// A delivery process for the crash and two-process tests: runs the alerts' jobs of a database
// (SQLite file, or PostgreSQL URL and schema) until none is left, then exits. The crash test
// kills it with SIGKILL mid-run.
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../../config.ts';
import { openMigratedDatabase } from '../../../db/database.ts';
import { buildAlertChannels } from '../index.ts';
import { GeneratedAlerts } from './generated-alerts.ts';

const [target, mailDir, count, schema] = process.argv.slice(2);
if (!target || !mailDir || !count)
  throw new Error(
    'usage: delivery-child.ts <sqlite file | postgres url> <mail dir> <alerts> [schema]',
  );
const h = await openMigratedDatabase(
  target.startsWith('postgres')
    ? { url: target, ...(schema ? { pgSchema: schema } : {}) }
    : { sqliteFile: target },
);
const channels = buildAlertChannels(
  loadConfig({ MAIL_DIR: mailDir, PUBLIC_URL: 'https://droits360.example' }),
  h,
  {
    alerts: new GeneratedAlerts(Number(count)),
    now: Date.now,
    onError: () => undefined,
    scheduler: { leaseMs: 1500, batch: 10, baseDelayMs: 20 },
  },
);
// Jobs a killed predecessor still holds become due when its lease runs out.
let handled = 0;
while ((await channels.queue.openCount()) > 0) {
  handled += await channels.scheduler.drain();
  await sleep(25);
}
await h.close();
process.stdout.write(`${handled}\n`);
