// `npm run bench`: figures, not assertions. Size of what each route loads (gzip, fonts apart),
// Lighthouse mobile scores (median of 3), then every bench under scripts/bench/.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, ensureChromium } from './ensure-chromium.mjs';
import { buildIsStale, freePort, root, run, startServer } from './lib.mjs';

const ROUTES = [
  '/',
  '/droits',
  '/simuler',
  '/alertes',
  '/demarches',
  '/evenements-de-vie',
  '/evenements-de-vie/naissance',
  '/borne',
  '/accompagnement',
  '/aide',
];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

await ensureChromium();
if (buildIsStale() && (await run('npm', ['run', '--silent', 'build'])) !== 0) process.exit(1);

const dir = mkdtempSync(path.join(tmpdir(), 'droits360-bench-'));
const port = await freePort();
const server = await startServer({
  port,
  env: {
    SQLITE_FILE: path.join(dir, 'bench.sqlite'),
    STATIC_DIR: path.join(root, 'dist'),
    NODE_ENV: 'test',
    // the load comes from one address: the bench measures the routes, not the limits.
    RATE_LIMIT_SCALE: '100000',
  },
});

/** JS and CSS a first visit of `route` downloads (paths under dist/). */
async function assetsOf(browser, route) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 390, height: 844 },
    locale: 'fr-FR',
  });
  const page = await context.newPage();
  const files = new Set();
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (/\.(js|css)$/.test(url.pathname) && url.pathname !== '/sw.js') files.add(url.pathname);
  });
  await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle' });
  await page.locator('main h1').waitFor();
  await context.close();
  return [...files];
}

try {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const home = await assetsOf(browser, '/');
  const homeSize = home.reduce((s, f) => s + gz(path.join(root, 'dist', f)), 0);
  console.log('\n== Première visite de l’accueil (JS + CSS, gzip, polices à part)');
  for (const f of home) console.log(`  ${kb(gz(path.join(root, 'dist', f))).padStart(9)}  ${f}`);
  console.log(`  ${kb(homeSize).padStart(9)}  TOTAL (objectif ≤ 200 KB)`);

  console.log('\n== Par route : total chargé et part propre à la route (gzip)');
  for (const route of ROUTES) {
    const files = await assetsOf(browser, route);
    const total = files.reduce((s, f) => s + gz(path.join(root, 'dist', f)), 0);
    const own = files
      .filter((f) => !home.includes(f))
      .reduce((s, f) => s + gz(path.join(root, 'dist', f)), 0);
    console.log(
      `  ${route.padEnd(30)} total ${kb(total).padStart(9)}   propre ${kb(own).padStart(9)}`,
    );
  }
  await browser.close();

  const assets = readdirSync(path.join(root, 'dist/assets')).filter((f) => /\.js$/.test(f));
  const engine = assets.filter((f) =>
    readFileSync(path.join(root, 'dist/assets', f), 'utf8').includes('dépendance circulaire'),
  );
  console.log('\n== Moteur de calcul (chunk chargé à la demande, gzip ; objectif ≤ 60 KB)');
  if (engine.length === 0) console.log('  (aucun chunk du moteur dans la construction)');
  for (const f of engine)
    console.log(`  ${kb(gz(path.join(root, 'dist/assets', f))).padStart(9)}  ${f}`);

  console.log('\n== Lighthouse mobile sur / (médiane de 3)');
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: CHROMIUM_FLAGS,
      userDataDir: mkdtempSync(path.join(tmpdir(), 'lh-')),
    });
    try {
      const result = await lighthouse(`${server.url}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      });
      runs.push(
        Object.fromEntries(categories.map((c) => [c, result?.lhr.categories[c]?.score ?? 0])),
      );
    } finally {
      await chrome.kill();
    }
  }
  for (const c of categories) {
    const scores = runs.map((r) => r[c]).sort((a, b) => a - b);
    console.log(
      `  ${c.padEnd(16)} ${scores[1].toFixed(2)}   (runs: ${scores.map((s) => s.toFixed(2)).join(', ')})`,
    );
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

const benches = existsSync(path.join(root, 'scripts/bench'))
  ? readdirSync(path.join(root, 'scripts/bench'))
      .filter((f) => /\.(ts|mjs)$/.test(f))
      .sort()
  : [];
for (const bench of benches) {
  console.log(`\n== scripts/bench/${bench}`);
  await run(process.execPath, [path.join('scripts/bench', bench)]);
}
