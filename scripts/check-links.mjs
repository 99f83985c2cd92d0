// npm run check-links: validates the registry of organisations' links and the life-event
// journeys (format, duplicates, every id present), then, when a network is there, checks that
// each address answers. Format errors exit 1; an unreachable network is said and exits 0,
// since most build machines are offline.
// Options: --offline, --concurrency=N, --timeout=MS, --content=DIR (another content folder).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/shared/content/validate.ts';
import { root } from './lib.mjs';

const contentArg = process.argv.find((a) => a.startsWith('--content='));
const dir = contentArg
  ? path.resolve(contentArg.slice('--content='.length))
  : path.join(root, 'src/shared/content');
const read = (file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const n = arg ? Number(arg.split('=')[1]) : NaN;
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const CONCURRENCY = option('concurrency', 6);
const TIMEOUT_MS = option('timeout', 8000);

let files;
try {
  files = {
    links: read('links.json'),
    organisations: read('organisations.json'),
    events: Object.fromEntries(
      readdirSync(path.join(dir, 'life-events'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f, read(`life-events/${f}`)]),
    ),
  };
} catch (error) {
  console.error(`✗ fichier illisible : ${error.message}`);
  process.exit(1);
}
const { content, errors } = checkContent(files);
if (errors.length > 0) {
  for (const e of errors) console.error(`✗ ${e}`);
  console.error(
    `${errors.length} erreur(s) de format : corrigez les fichiers de src/shared/content.`,
  );
  process.exit(1);
}
const used = new Set(
  content.events.flatMap((e) => [
    ...e.timeline.flatMap((g) => g.steps.map((s) => s.link)),
    ...e.services.map((s) => s.link),
  ]),
);
console.log(
  `Format vérifié : ${content.links.length} liens (${used.size} utilisés par les parcours), ` +
    `${content.organisations.length} organismes, ${content.events.length} évènements de vie.`,
);
if (process.argv.includes('--offline')) process.exit(0);

/** "200", "404"… or a network error code; HEAD first, GET when HEAD is refused or fails. */
async function status(url) {
  let last = 'inconnu';
  for (const method of ['HEAD', 'GET']) {
    try {
      const res = await fetch(url, {
        method,
        redirect: 'follow',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: { 'user-agent': 'Droits360 check-links' },
      });
      await res.body?.cancel();
      last = String(res.status);
      if (res.status < 400) return last;
    } catch (error) {
      last = error.cause?.code ?? error.name ?? 'erreur';
    }
  }
  return last;
}
const answered = (s) => /^[23]\d\d$/.test(s);

// One probe first: without a network, hundreds of timeouts would say nothing useful.
const probe = await status('https://www.service-public.gouv.fr/');
if (!/^\d{3}$/.test(probe)) {
  console.log(
    `Réseau injoignable (${probe}) : adresses non vérifiées. Relancez avec un accès réseau.`,
  );
  process.exit(0);
}

const targets = [...new Set(content.links.flatMap((l) => [l.url, l.fallback]))];
const results = new Map();
let next = 0;
async function worker() {
  while (next < targets.length) {
    const url = targets[next++];
    results.set(url, await status(url));
  }
}
await Promise.all(Array.from({ length: Math.min(CONCURRENCY, targets.length) }, worker));

const rows = content.links.map((l) => ({
  id: l.id,
  adresse: results.get(l.url),
  secours: results.get(l.fallback),
  url: l.url,
}));
console.table(rows);
const broken = rows.filter((r) => !answered(r.adresse) || !answered(r.secours));
console.log(`${rows.length - broken.length} liens répondent, ${broken.length} en erreur.`);
for (const r of broken) console.error(`✗ ${r.id} : ${r.adresse} / secours ${r.secours}`);
process.exit(broken.length > 0 ? 1 : 0);
