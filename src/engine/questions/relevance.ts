// Which unanswered questions can still change a result. The engine is asked directly: each
// candidate question is tried with each of its probe values while the other unanswered
// questions are filled by a few contrasting scenarios; if some benefit in view changes status or
// amount with the candidate's value, the question is worth asking. Add a benefit to the engine
// and the questions it reads start being asked, with no list to maintain here.
import type { BenefitId, BenefitResult, MonthPeriod } from '../contract.ts';
import { applicableQuestions } from './order.ts';
import type { Answers, AnswerValue, Question, QuestionTemplate } from './types.ts';
import { SCENARIOS, probeValues } from './scenarios.ts';

/** Runs the engine on some answers (the caller binds the period and the benefits in view). */
export type SimulateAnswers = (answers: Answers) => readonly BenefitResult[];

const signature = (results: readonly BenefitResult[]) =>
  results.map((r) => `${r.id}:${r.status}:${Math.round(r.amount * 100)}`).join('|');

/** The engine's answer for these answers, or undefined when it could not compute them. */
function attempt(simulate: SimulateAnswers, answers: Answers): string | undefined {
  try {
    return signature(simulate(answers));
  } catch {
    // A probe the engine cannot compute (a parameter outside its range) proves nothing either way.
    return undefined;
  }
}

/** The answers completed by a scenario for every applicable question except `skip`. */
export function fill(
  answers: Answers,
  scenario: (t: QuestionTemplate, person: string, period: MonthPeriod) => AnswerValue,
  period: MonthPeriod,
  skip: string,
): Answers {
  const current: Record<string, AnswerValue> = { ...answers };
  // A filled answer can switch on follow-up questions (tenant → rent): repeat until stable.
  for (let round = 0; round < 6; round++) {
    let added = false;
    for (const q of applicableQuestions(current)) {
      if (q.key === skip || q.key in current) continue;
      current[q.key] = scenario(q.template, q.person, period);
      added = true;
    }
    if (!added) break;
  }
  return current;
}

/** True when some value of `q` changes a result for at least one scenario. */
export function canChange(
  q: Question,
  answers: Answers,
  simulate: SimulateAnswers,
  period: MonthPeriod,
): boolean {
  const values = probeValues(q.template, period);
  for (const scenario of SCENARIOS) {
    let first: string | undefined;
    for (const value of values) {
      const filled = fill({ ...answers, [q.key]: value }, scenario, period, q.key);
      const sig = attempt(simulate, filled);
      if (sig === undefined) continue;
      if (first === undefined) first = sig;
      else if (sig !== first) return true;
    }
  }
  return false;
}

export interface RelevanceOptions {
  readonly period: MonthPeriod;
  /** The benefits in view: only their results count (empty or absent = all). */
  readonly benefits?: readonly BenefitId[];
}

/** Keys of the unanswered, non-structural questions that can change a result in view. */
export function relevantKeys(
  answers: Answers,
  simulate: SimulateAnswers,
  options: RelevanceOptions,
): Set<string> {
  const wanted =
    options.benefits && options.benefits.length > 0 ? new Set(options.benefits) : undefined;
  const inView: SimulateAnswers = wanted
    ? (a) => simulate(a).filter((r) => wanted.has(r.id))
    : simulate;
  const out = new Set<string>();
  for (const q of applicableQuestions(answers)) {
    if (q.key in answers || q.template.structural === true) continue;
    if (canChange(q, answers, inView, options.period)) out.add(q.key);
  }
  return out;
}
