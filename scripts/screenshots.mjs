// `npm run screenshots`: pictures of the main screens, from the real built app, for the README
// (mobile 390×844 and kiosk 1080×1920, light and dark) into docs/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, ensureChromium } from './ensure-chromium.mjs';
import { buildIsStale, freePort, root, run, startServer } from './lib.mjs';

const SCREENS = [
  ['accueil', '/'],
  ['evenement-de-vie', '/evenements-de-vie/naissance'],
  ['simuler', '/simuler'],
];
const DEVICES = [
  ['mobile', { width: 390, height: 844 }],
  ['borne', { width: 1080, height: 1920 }],
];

await ensureChromium();
if (buildIsStale() && (await run('npm', ['run', '--silent', 'build'])) !== 0) process.exit(1);
const out = path.join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(path.join(tmpdir(), 'droits360-shots-'));
const server = await startServer({
  port: await freePort(),
  env: {
    SQLITE_FILE: path.join(dir, 's.sqlite'),
    STATIC_DIR: path.join(root, 'dist'),
    NODE_ENV: 'test',
  },
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_FLAGS,
});
try {
  for (const [device, viewport] of DEVICES) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({
        viewport,
        colorScheme: scheme,
        locale: 'fr-FR',
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      for (const [name, route] of SCREENS) {
        await page.goto(`${server.url}${route}`);
        await page.locator('main h1').waitFor();
        await page.evaluate(() => globalThis.document.fonts.ready);
        const file = path.join(
          out,
          `${name}-${device}-${scheme === 'light' ? 'clair' : 'sombre'}.png`,
        );
        await page.screenshot({ path: file });
        console.log(path.relative(root, file));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
