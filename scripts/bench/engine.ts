// Engine speed in Node: median time to compute every benefit of one household (the reference
// households, each run many times), and per benefit. Figures only.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BENEFITS } from '../../src/engine/benefits/registry.ts';
import { parseSituation } from '../../src/engine/openfisca/parse.ts';
import { computableVariables } from '../../src/engine/openfisca/calculate.ts';
import { parsePeriod } from '../../src/engine/period.ts';
import { simulateWith } from '../../src/engine/simulation.ts';
import type { MonthPeriod } from '../../src/engine/contract.ts';

const lines = readFileSync(
  new URL('../../src/engine/__fixtures__/openfisca-dev-cases.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() !== '');
const computable = computableVariables(BENEFITS);
const households = lines.map((l) => {
  const c = JSON.parse(l) as { situation: unknown; period: string };
  return {
    household: parseSituation(c.situation, computable).household,
    period: parsePeriod(c.period) as MonthPeriod,
  };
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const ROUNDS = 30;

for (let i = 0; i < 3; i++)
  for (const h of households) simulateWith(BENEFITS, h.household, h.period); // warm-up

const all: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const h of households) {
    const t0 = performance.now();
    simulateWith(BENEFITS, h.household, h.period);
    all.push(performance.now() - t0);
  }
}
console.log(
  `engine: ${households.length} households × ${ROUNDS} rounds, ${BENEFITS.length} benefits`,
);
console.log(
  `  all benefits, one household: median ${(median(all) * 1000).toFixed(1)} µs (target ≤ 1 ms)`,
);
for (const def of BENEFITS) {
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const h of households) {
      const t0 = performance.now();
      simulateWith(BENEFITS, h.household, h.period, [def.id]);
      times.push(performance.now() - t0);
    }
  }
  console.log(`  ${def.id.padEnd(30)} median ${(median(times) * 1000).toFixed(1)} µs`);
}
