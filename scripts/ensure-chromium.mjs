// Playwright never downloads a browser here: it drives Debian's Chromium. Installs it with
// apt-get when it is missing (CI runs as root on a clean machine).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Headless, no sandbox (root), and none of Chromium's own traffic (the network is closed here). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  console.log(`Chromium absent (${CHROMIUM}) : installation du paquet Debian « chromium »…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const res = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (res.status !== 0) {
      throw new Error(
        `apt-get ${args.join(' ')} a échoué : installez Chromium (paquet Debian « chromium ») puis relancez.`,
      );
    }
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium reste introuvable à ${CHROMIUM}.`);
  return CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) await ensureChromium();
