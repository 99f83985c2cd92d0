import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const fixture = readFileSync(
  new URL('../__fixtures__/openfisca-dev-cases.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.includes('"single_parent'))
  .map(
    (l) =>
      JSON.parse(l) as {
        period: string;
        situation: Record<string, Record<string, Record<string, unknown>>>;
        expected: Record<string, number>;
      },
  )[0]!;

function run(body: unknown) {
  const dir = mkdtempSync(path.join(tmpdir(), 'simulate-'));
  const file = path.join(dir, 'situation.json');
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
  return spawnSync(process.execPath, ['src/engine/cli/simulate.ts', file], { encoding: 'utf8' });
}

function withRequest(variable: string, period: string) {
  const body = structuredClone(fixture.situation);
  body.familles!.f![variable] = { [period]: null };
  return body;
}

describe('npm run simulate', () => {
  it('fills the variables asked for with null, in the same structure', () => {
    const res = run(withRequest('asf', fixture.period));
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout) as { familles: { f: { asf: Record<string, number> } } };
    expect(out.familles.f.asf[fixture.period]).toBeCloseTo(fixture.expected.asf!, 0);
  });

  it('accepts a list of situations', () => {
    const res = run([withRequest('af', fixture.period), withRequest('asf', fixture.period)]);
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toHaveLength(2);
  });

  it.each([
    ['an unknown variable', () => withRequest('prime_inconnue', '2026-01'), /prime_inconnue/],
    ['a bad period', () => withRequest('af', '2026-13'), /2026-13/],
    ['a monthly benefit asked for a year', () => withRequest('af', '2026'), /mensuelle/],
    [
      'a person missing from the household',
      () => ({
        ...withRequest('af', '2026-01'),
        familles: { f: { parents: ['p1', 'fantome'], af: { '2026-01': null } } },
      }),
      /fantome/,
    ],
    ['invalid JSON', () => '{ "individus": ', /JSON invalide/],
  ])('refuses %s with a message naming it and no stack trace', (_name, body, message) => {
    const res = run(body());
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(message);
    expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(res.stdout).toBe('');
  });
});
