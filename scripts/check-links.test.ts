import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = path.join(import.meta.dirname, 'check-links.mjs');
const content = path.join(import.meta.dirname, '..', 'src', 'shared', 'content');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
const scratch = mkdtempSync(path.join(tmpdir(), 'check-links-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run check-links', () => {
  it('validates the registry and the journeys offline, exiting 0', () => {
    const r = run('--offline');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Format vérifié : \d+ liens .* 1[6-9] évènements de vie/);
    expect(r.status).toBe(0);
  });

  it('exits 1 with a French message when a journey uses a link missing from the registry', () => {
    cpSync(content, scratch, { recursive: true, filter: (f) => !f.endsWith('.ts') });
    const file = path.join(scratch, 'links.json');
    const registry = JSON.parse(readFileSync(file, 'utf8')) as { links: { id: string }[] };
    registry.links = registry.links.filter((l) => l.id !== 'sp-deces');
    writeFileSync(file, JSON.stringify(registry));
    const r = run('--offline', `--content=${scratch}`);
    expect(r.stderr).toContain(
      'deces-proche.json : le lien « sp-deces » n’est pas dans links.json',
    );
    expect(r.status).toBe(1);
  });
});
