// Number of questions each scripted household answers before reaching its results.
// Usage: ./node_modules/.bin/node scripts/bench/questions.ts [--json]
// With the engine present, its `missing` inputs prune the plan as in the browser.
import { existsSync } from 'node:fs';
import { SCRIPTED_HOUSEHOLDS } from '../../src/engine/questions/__fixtures__/households.ts';
import {
  countQuestions,
  householdFromAnswers,
  missingOf,
} from '../../src/engine/questions/index.ts';
import type { Answers } from '../../src/engine/questions/index.ts';
import type {
  BenefitResult,
  Household,
  MissingInput,
  MonthPeriod,
} from '../../src/engine/contract.ts';

interface EngineModule {
  simulate(household: Household, period: MonthPeriod): readonly BenefitResult[];
}

const period: MonthPeriod = { unit: 'month', year: 2026, month: 1 };
const engineUrl = new URL('../../src/engine/index.ts', import.meta.url);
const engine = existsSync(engineUrl) ? ((await import(engineUrl.href)) as EngineModule) : undefined;
const missingFor = engine
  ? (answers: Answers): MissingInput[] | undefined =>
      missingOf(engine.simulate(householdFromAnswers(answers, period), period))
  : undefined;

const rows = SCRIPTED_HOUSEHOLDS.map((h) => {
  const run = countQuestions(h.answers, missingFor ? { missingFor } : {});
  return { household: h.id, questions: run.asked.length, complete: run.unanswered === undefined };
});

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ engine: Boolean(engine), rows })}\n`);
} else {
  process.stdout.write(
    `questions per scripted household (${engine ? 'engine loaded: its missing inputs prune the plan once it reports incomplete results' : 'static plan'}):\n`,
  );
  for (const r of rows)
    process.stdout.write(
      `  ${r.household.padEnd(48)} ${String(r.questions).padStart(3)}${r.complete ? '' : '  (script incomplete)'}\n`,
    );
}
