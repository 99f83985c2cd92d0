// Checks the registry of organisations' links: format, duplicates, every life-event journey's
// links present in it; then, unless --offline or without a network, that each URL answers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lifeEventCatalogue, linkRegistry } from '../src/shared/contracts/content.ts';
import { root } from './lib.mjs';

const read = (file) =>
  JSON.parse(readFileSync(path.join(root, 'src/shared/content', file), 'utf8'));
const errors = [];

const registry = linkRegistry.safeParse(read('links.json'));
const catalogue = lifeEventCatalogue.safeParse(read('life-events.json'));
for (const [name, result] of [
  ['links.json', registry],
  ['life-events.json', catalogue],
]) {
  if (!result.success) {
    for (const issue of result.error.issues)
      errors.push(`${name} ${issue.path.join('.')} : ${issue.message}`);
  }
}

if (registry.success && catalogue.success) {
  const links = registry.data.links;
  const seen = new Map();
  for (const l of links) {
    for (const key of [`id ${l.id}`, `url ${l.url}`]) {
      if (seen.has(key)) errors.push(`doublon dans links.json : ${key}`);
      seen.set(key, true);
    }
  }
  const ids = new Set(links.map((l) => l.id));
  for (const e of catalogue.data.events) {
    for (const ref of [...e.steps.map((s) => s.link), ...e.services.map((s) => s.link)]) {
      if (!ids.has(ref))
        errors.push(`évènement « ${e.slug} » : le lien « ${ref} » n'est pas dans le registre`);
    }
  }
  console.log(
    `${links.length} liens, ${catalogue.data.events.length} évènements de vie : format vérifié.`,
  );
}

if (errors.length > 0) {
  for (const e of errors) console.error(`✗ ${e}`);
  process.exit(1);
}

if (process.argv.includes('--offline')) process.exit(0);

async function answers(url) {
  for (const method of ['HEAD', 'GET']) {
    try {
      const res = await fetch(url, {
        method,
        redirect: 'follow',
        signal: AbortSignal.timeout(10_000),
      });
      if (res.status < 400) return String(res.status);
      if (method === 'GET') return String(res.status);
    } catch (error) {
      if (method === 'GET') return `erreur réseau (${error.cause?.code ?? error.name})`;
    }
  }
  return 'inconnu';
}

const probe = await answers('https://www.service-public.gouv.fr/');
if (!/^\d+$/.test(probe)) {
  console.log(`Réseau injoignable (${probe}) : vérification des adresses non faite.`);
  process.exit(0);
}
const links = registry.data.links;
let broken = 0;
for (let i = 0; i < links.length; i += 4) {
  const batch = links.slice(i, i + 4);
  const statuses = await Promise.all(batch.map((l) => answers(l.url)));
  batch.forEach((l, j) => {
    const ok = /^[23]\d\d$/.test(statuses[j]);
    if (!ok) broken += 1;
    console.log(`${ok ? 'ok ' : '✗  '} ${statuses[j].padEnd(24)} ${l.id}  ${l.url}`);
  });
}
console.log(`${links.length - broken} adresses répondent, ${broken} en erreur.`);
process.exit(broken ? 1 : 0);
