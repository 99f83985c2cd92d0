// `npm start`: builds the PWA when dist/ is missing or stale, then starts the whole portal on
// embedded defaults (SQLite under var/, demo data) in the foreground. PORT overrides 8080.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildIsStale, root, run } from './lib.mjs';

if (buildIsStale()) {
  console.log('Construction de la PWA (première fois ou sources modifiées)…');
  const code = await run('npm', ['run', '--silent', 'build']);
  if (code !== 0) process.exit(code);
}
mkdirSync(path.join(root, 'var'), { recursive: true });
process.exit(await run(process.execPath, ['web/src/server.ts']));
