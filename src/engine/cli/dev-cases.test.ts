// Agreement with OpenFisca-France 176.0.7 on the reference households (2026-01 and 2026-07),
// through the same path as the command line. Prints agreement per benefit; asserts, for each
// benefit the engine computes, the agreement reached so far (raise it, never lower it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BENEFITS } from '../benefits/registry.ts';
import { calculate } from '../openfisca/calculate.ts';

interface DevCase {
  id: string;
  period: string;
  situation: Record<string, Record<string, Record<string, unknown>>>;
  expected: Record<string, number | boolean>;
}

const cases: DevCase[] = readFileSync(
  new URL('../__fixtures__/openfisca-dev-cases.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as DevCase);

/** Share of households within 1 € of the reference, per benefit: the floor each must keep. */
const REQUIRED: Record<string, number> = { af: 1, asf: 1, paje_base: 1, ars: 1, aspa: 1 };

function computed(c: DevCase, id: string, yearly: boolean): number {
  const body = structuredClone(c.situation);
  const famille = Object.values(body.familles ?? {})[0];
  if (!famille) throw new Error(`${c.id}: no famille`);
  const key = yearly ? c.period.slice(0, 4) : c.period;
  famille[id] = { [key]: null };
  const out = calculate(body, BENEFITS) as typeof body;
  const value = Object.values(out.familles ?? {})[0]?.[id] as Record<string, number> | undefined;
  return value?.[key] ?? Number.NaN;
}

describe('OpenFisca reference cases', () => {
  const rows: string[] = [];
  for (const def of BENEFITS) {
    it(`${def.id}: agreement within 1 € on ${cases.length} households`, () => {
      const misses: string[] = [];
      for (const c of cases) {
        const expected = c.expected[def.id];
        if (typeof expected !== 'number') continue;
        const got = computed(c, def.id, def.periodicity === 'year');
        if (!(Math.abs(got - expected) <= 1))
          misses.push(`${c.id}@${c.period}: ${got} ≠ ${expected}`);
      }
      const rate = 1 - misses.length / cases.length;
      rows.push(`${def.id.padEnd(32)} ${(rate * 100).toFixed(1)} %  (${misses.length} écarts)`);
      if (misses.length > 0) console.log(`${def.id}: ${misses.slice(0, 8).join('; ')}`);
      expect(rate).toBeGreaterThanOrEqual(REQUIRED[def.id] ?? 1);
    });
  }
  it('prints the agreement table', () => {
    console.log(`Accord avec OpenFisca (±1 €)\n${rows.join('\n')}`);
    expect(rows.length).toBe(BENEFITS.length);
  });
});
