import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.join(import.meta.dirname, 'check-links.mjs');

describe('npm run check-links', () => {
  it('validates the registry and the journeys offline, exiting 0', () => {
    const r = spawnSync(process.execPath, [script, '--offline'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Format vérifié : \d+ liens .* 1[6-9] évènements de vie/);
    expect(r.status).toBe(0);
  });
});
