// Type-checks every TypeScript project of the repository: each folder with a tsconfig.json
// (the PWA with the DOM, the pure engine without it, the server, the scripts, the e2e specs…).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const skip = new Set(['node_modules', 'dist', '.git', 'var', 'coverage', 'docs', 'public']);
function hasTypeScript(dir) {
  return readdirSync(dir).some((name) => {
    if (skip.has(name)) return false;
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? hasTypeScript(full) : /\.tsx?$/.test(name);
  });
}

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (skip.has(name)) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) find(full, out);
    else if (name === 'tsconfig.json' && hasTypeScript(dir)) out.push(full);
  }
  return out;
}

const projects = find('.').sort();
const tsc = path.resolve('node_modules/typescript/bin/tsc');
let failed = 0;
for (const project of projects) {
  try {
    execFileSync(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { stdio: 'inherit' });
    console.log(`tsc ok: ${project}`);
  } catch {
    failed += 1;
    console.error(`tsc FAILED: ${project}`);
  }
}
process.exit(failed ? 1 : 0);
