// The test line: every gate, in order, failing fast. `npm test` (and so .ci/run) runs this.
// Prints the duration of each step and ends with a plain "N passed, N failed" line.
import { existsSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { root, run } from './lib.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const node = process.execPath;

const steps = [
  ['Chromium (Debian)', async () => ((await ensureChromium()) ? 0 : 1)],
  ['Types (tsc strict)', () => run(npm, ['run', '--silent', 'typecheck'])],
  ['Lint (ESLint)', () => run(npm, ['run', '--silent', 'lint'])],
  ['Format (Prettier)', () => run(npm, ['run', '--silent', 'format:check'])],
  ['Unit and component tests (Vitest)', () => run(node, ['node_modules/vitest/vitest.mjs', 'run'])],
  ...(existsSync(`${root}/scripts/pg-throwaway.mjs`)
    ? [
        [
          'Repositories on PostgreSQL',
          () =>
            run(node, [
              'scripts/pg-throwaway.mjs',
              '--',
              node,
              'node_modules/vitest/vitest.mjs',
              'run',
              'web/src/db',
              'web/src/kiosk',
              'web/src/jobs/scheduler.test.ts',
              'web/src/alerts/delivery/delivery-two-processes.test.ts',
            ]),
        ],
      ]
    : []),
  [
    'Links registry (check-links, offline)',
    () => run(node, ['scripts/check-links.mjs', '--offline']),
  ],
  ['Build (Vite + Workbox)', () => run(npm, ['run', '--silent', 'build'])],
  ['End-to-end (Playwright, Chromium)', () => run(node, ['scripts/e2e.mjs'])],
];

const started = Date.now();
let passed = 0;
let failed = 0;
const report = [];
for (const [name, step] of steps) {
  const t0 = Date.now();
  console.log(`\n━━ ${name}`);
  let code;
  try {
    code = await step();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  report.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (code === 0) passed += 1;
  else {
    failed += 1;
    break;
  }
}
console.log(`\n━━ Résumé (${((Date.now() - started) / 1000).toFixed(0)} s)`);
for (const line of report) console.log(line);
const skipped = steps.length - passed - failed;
if (skipped > 0) console.log(`${skipped} étape(s) non lancée(s) après l'échec.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
