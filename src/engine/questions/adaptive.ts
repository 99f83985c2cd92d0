// The plan options of an adaptive questionnaire: the benefits in view, the engine's missing
// inputs and the questions that can still change a result. One function for the browser, the
// tests, the e2e expectations and the benchmark, so that they all ask the same questions.
import type { BenefitId, MonthPeriod } from '../contract.ts';
import { missingOf } from './order.ts';
import type { PlanOptions } from './order.ts';
import { relevantKeys } from './relevance.ts';
import type { SimulateAnswers } from './relevance.ts';
import type { Answers } from './types.ts';

export type OptionsFor = (answers: Answers) => PlanOptions;

const keyOf = (answers: Answers) =>
  JSON.stringify(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));

export function adaptiveOptions(
  simulate: SimulateAnswers,
  period: MonthPeriod,
  benefits: readonly BenefitId[] = [],
): OptionsFor {
  const base: PlanOptions = benefits.length > 0 ? { benefits } : {};
  // Screens ask for the plan several times per render: keep the last few answers' options.
  const cache = new Map<string, PlanOptions>();
  return (answers) => {
    const key = keyOf(answers);
    const hit = cache.get(key);
    if (hit) return hit;
    let missing: ReturnType<typeof missingOf>;
    try {
      missing = missingOf(simulate(answers));
    } catch {
      missing = undefined; // The results page reports engine errors; the questions go on.
    }
    const relevant = relevantKeys(answers, simulate, { period, benefits });
    const options: PlanOptions = { ...base, relevant, ...(missing ? { missing } : {}) };
    if (cache.size >= 32) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, options);
    return options;
  };
}
