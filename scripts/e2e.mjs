// Runs the Playwright specs against the built PWA served by the real server, on a free port
// with a throwaway SQLite file. Usage: npm run test:e2e [-- playwright args]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildIsStale, freePort, root, run, startServer } from './lib.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

await ensureChromium();
if (buildIsStale()) {
  console.log('Construction de la PWA…');
  if ((await run('npm', ['run', 'build'])) !== 0) process.exit(1);
}
const dir = mkdtempSync(path.join(tmpdir(), 'droits360-e2e-'));
const port = await freePort();
const server = await startServer({
  port,
  env: {
    SQLITE_FILE: path.join(dir, 'e2e.sqlite'),
    STATIC_DIR: path.join(root, 'dist'),
    NODE_ENV: 'test',
    // every browser of the run shares one address: limits scaled so that journeys never meet them.
    RATE_LIMIT_SCALE: '20',
  },
});
let code = 1;
try {
  code = await run(
    process.execPath,
    [
      'node_modules/@playwright/test/cli.js',
      'test',
      '--config',
      'e2e/playwright.config.ts',
      ...process.argv.slice(2),
    ],
    {
      env: { ...process.env, E2E_BASE_URL: server.url, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    },
  );
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
