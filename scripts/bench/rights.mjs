// Throughput of the rights dashboard data (GET /api/me/rights) for a logged-in person under
// load on loopback, next to GET /api/health in the same run: requests per second of each and
// their ratio. Figures only. The person's session is written into the server's own database
// through the session repository, as the route tests do: the server has no login shortcut.
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqlSessionRepository } from '../../web/src/auth/session-repository-sql.ts';
import { Sessions } from '../../web/src/auth/sessions.ts';
import { openMigratedDatabase, sessionsDb } from '../../web/src/db/database.ts';
import { findPersonById } from '../../web/src/demo/people.ts';
import { freePort, root, startServer } from '../lib.mjs';

const DURATION_S = 10;
const CONNECTIONS = 10;
const PERSON = 'nadia-exemple';
// The server HMACs session ids with its secret: the bench gives it one and writes with the same.
const SESSION_SECRET = randomBytes(32).toString('hex');

/** A session for PERSON in the server's database; returns the cookie of a logged-in browser. */
async function sessionCookie(sqliteFile) {
  const person = findPersonById(PERSON);
  if (!person) throw new Error(`personne inconnue : ${PERSON}`);
  const db = await openMigratedDatabase({ sqliteFile });
  try {
    const sessions = new Sessions(new SqlSessionRepository(sessionsDb(db.db), SESSION_SECRET), {
      idleMs: 15 * 60 * 1000,
      absoluteMs: 12 * 60 * 60 * 1000,
      now: Date.now,
    });
    const { id } = await sessions.create({ user: { ...person.claims, acr: 'eidas1' } });
    return `d360_sid=${id}`;
  } finally {
    await db.close();
  }
}

async function load(url, headers) {
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failed: r.non2xx + r.errors + r.timeouts,
  };
}

const dir = mkdtempSync(path.join(tmpdir(), 'droits360-bench-rights-'));
const sqliteFile = path.join(dir, 'bench.sqlite');
const port = await freePort();
const server = await startServer({
  port,
  env: {
    SQLITE_FILE: sqliteFile,
    STATIC_DIR: path.join(root, 'dist'),
    NODE_ENV: 'test',
    SESSION_SECRET,
    // The load comes from one address: the bench measures the route, not the limits.
    RATE_LIMIT_SCALE: '100000',
  },
});
try {
  const cookie = await sessionCookie(sqliteFile);
  const base = `http://127.0.0.1:${port}`;
  // First call: every organisation answers and is cached, as after the person's first visit.
  const first = await fetch(`${base}/api/me/rights`, { headers: { cookie } });
  const body = await first.json();
  if (!first.ok || !Array.isArray(body.organisations))
    throw new Error(`GET /api/me/rights a répondu ${first.status}`);
  const withData = body.organisations.filter((o) => o.record).length;

  await load(`${base}/api/health`, {}); // warm-up of the JIT and the connections
  const health = await load(`${base}/api/health`, {});
  const rights = await load(`${base}/api/me/rights`, { cookie });
  const row = (name, x) =>
    `  ${name.padEnd(22)} ${x.rps.toFixed(0).padStart(7)} req/s   p50 ${String(x.p50).padStart(4)} ms   p99 ${String(x.p99).padStart(4)} ms${x.failed ? `   (${x.failed} en échec)` : ''}`;
  console.log(
    `  ${CONNECTIONS} connexions, ${DURATION_S} s chacune, boucle locale ; ${PERSON} connectée, ${withData} organismes avec des données`,
  );
  console.log(row('GET /api/health', health));
  console.log(row('GET /api/me/rights', rights));
  console.log(
    `  rapport droits / santé : ${(rights.rps / health.rps).toFixed(3)} (${((100 * rights.rps) / health.rps).toFixed(1)} %)`,
  );
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
