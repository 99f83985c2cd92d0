// Number of questions each scripted household answers before reaching its results, and the
// time the adaptive plan takes per question (the engine is probed to decide what to ask next).
// Usage: ./node_modules/.bin/node scripts/bench/questions.ts [--json]
import { SCRIPTED_HOUSEHOLDS } from '../../src/engine/questions/__fixtures__/households.ts';
import { engineOptions } from '../../src/engine/questions/__fixtures__/engine-options.ts';
import { countQuestions } from '../../src/engine/questions/index.ts';
import type { MonthPeriod } from '../../src/engine/contract.ts';

const period: MonthPeriod = { unit: 'month', year: 2026, month: 1 };

const rows = SCRIPTED_HOUSEHOLDS.map((h) => {
  const start = performance.now();
  const run = countQuestions(h.answers, { optionsFor: engineOptions(period) });
  const ms = performance.now() - start;
  return {
    household: h.id,
    questions: run.asked.length,
    complete: run.unanswered === undefined,
    msPerQuestion: Math.round((ms / Math.max(1, run.asked.length)) * 10) / 10,
  };
});

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ period: '2026-01', rows })}\n`);
} else {
  process.stdout.write(
    'questions per scripted household (adaptive plan: only what can change a result, 2026-01):\n',
  );
  for (const r of rows)
    process.stdout.write(
      `  ${r.household.padEnd(48)} ${String(r.questions).padStart(3)} questions  ${String(r.msPerQuestion).padStart(6)} ms/question${r.complete ? '' : '  (script incomplete)'}\n`,
    );
}
