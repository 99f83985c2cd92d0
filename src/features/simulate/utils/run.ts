// One simulation: answers → household → engine results, for the month being lived.
import type {
  BenefitId,
  BenefitResult,
  MissingInput,
  MonthPeriod,
} from '../../../engine/contract.ts';
import {
  adaptiveOptions,
  householdFromAnswers,
  missingOf,
} from '../../../engine/questions/index.ts';
import type { Answers, PlanOptions } from '../../../engine/questions/index.ts';
import type { EngineApi } from '../api/engine.ts';

export const monthOf = (d: Date): MonthPeriod => ({
  unit: 'month',
  year: d.getFullYear(),
  month: d.getMonth() + 1,
});

const idsFor = (engine: EngineApi, benefits: readonly BenefitId[]) =>
  benefits.length > 0
    ? engine.benefits.filter((b) => benefits.includes(b.id)).map((b) => b.id)
    : engine.benefits.map((b) => b.id);

export function runSimulation(
  engine: EngineApi,
  answers: Answers,
  benefits: readonly BenefitId[],
  period: MonthPeriod,
): readonly BenefitResult[] {
  return engine.compute(householdFromAnswers(answers, period), period, idsFor(engine, benefits));
}

/** The inputs the engine still needs for these answers, across the benefits in view. */
export function missingFor(
  engine: EngineApi,
  answers: Answers,
  benefits: readonly BenefitId[],
  period: MonthPeriod,
): MissingInput[] | undefined {
  return missingOf(runSimulation(engine, answers, benefits, period));
}

/** The plan options for some answers: benefits in view, and what can still change a result. */
export type OptionsFor = (answers: Answers) => PlanOptions;

export function optionsFor(
  engine: EngineApi | undefined,
  benefits: readonly BenefitId[],
  period: MonthPeriod,
): OptionsFor {
  const base = benefits.length > 0 ? { benefits } : {};
  if (!engine) return () => base;
  return adaptiveOptions(
    (answers) => runSimulation(engine, answers, benefits, period),
    period,
    benefits,
  );
}
