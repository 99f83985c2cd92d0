// Which questions to ask, in which order. A question is asked when its condition holds for the
// answers so far and it can change a result for the benefits in view: structural questions
// always, the others when a selected benefit reads them and, once the engine has run, when the
// engine still lists their input among the `missing` ones (or it was answered already).
import type { BenefitId, BenefitResult, MissingInput } from '../contract.ts';
import { CATALOGUE } from './catalogue.ts';
import type { Answers, Question, QuestionTemplate, StepId } from './types.ts';

export const adultIds = (a: Answers): string[] => (a.couple === true ? ['p1', 'p2'] : ['p1']);
export const childIds = (a: Answers): string[] => {
  const n =
    typeof a.nb_enfants === 'number' ? Math.max(0, Math.min(12, Math.trunc(a.nb_enfants))) : 0;
  return Array.from({ length: n }, (_, i) => `e${i + 1}`);
};

export const questionKey = (template: QuestionTemplate, person: string) =>
  template.scope === 'household' ? template.id : `${person}.${template.id}`;

/** Every question whose condition holds for these answers, in the catalogue's stable order. */
export function applicableQuestions(answers: Answers): Question[] {
  const out: Question[] = [];
  for (const template of CATALOGUE) {
    const persons =
      template.scope === 'household'
        ? ['p1']
        : template.scope === 'adult'
          ? adultIds(answers)
          : childIds(answers);
    for (const person of persons) {
      if (template.when && !template.when(answers, person)) continue;
      out.push({ key: questionKey(template, person), person, template });
    }
  }
  return out;
}

export interface PlanOptions {
  /** The benefits the person asked about; empty or absent = all. */
  readonly benefits?: readonly BenefitId[];
  /** The engine's missing inputs for the current answers; absent = engine not run yet. */
  readonly missing?: readonly MissingInput[];
  /**
   * Unanswered questions that can change a result (relevance.ts, from the engine); absent =
   * engine not loaded yet. With it, a question is asked when it is here or in `missing`.
   */
  readonly relevant?: ReadonlySet<string>;
}

const missingKey = (m: Pick<MissingInput, 'variable' | 'id'>) => `${m.id}:${m.variable}`;

/** The questions to go through (answered ones included), in order: the questionnaire's plan. */
export function plan(answers: Answers, options: PlanOptions = {}): Question[] {
  const wanted =
    options.benefits && options.benefits.length > 0 ? new Set(options.benefits) : undefined;
  const missing = options.missing ? new Set(options.missing.map(missingKey)) : undefined;
  return applicableQuestions(answers).filter((q) => {
    const t = q.template;
    if (t.structural === true) return true;
    // Once the engine is probed it decides (rent changes housing aid, which changes the prime
    // d'activité); before, the catalogue's static list of benefits stands in.
    if (wanted && !options.relevant && !t.benefits.some((b) => wanted.has(b))) return false;
    // Opt-in topics (disability): only when a benefit that needs them is in view or the person
    // said so already (entry "J'ai un handicap").
    if (t.onlyFor && wanted && !t.onlyFor.some((b) => wanted.has(b)) && !(q.key in answers))
      return false;
    if (q.key in answers) return true;
    if (!missing && !options.relevant) return true;
    if (options.relevant?.has(q.key)) return true;
    if (!missing) return false;
    const entityId =
      t.entity === 'individu'
        ? q.person
        : t.entity === 'famille'
          ? 'f'
          : t.entity === 'menage'
            ? 'm'
            : 'ff';
    return missing.has(missingKey({ id: entityId, variable: t.variable }));
  });
}

/** The first question of the plan still without an answer, or undefined when all is known. */
export function nextQuestion(answers: Answers, options: PlanOptions = {}): Question | undefined {
  return plan(answers, options).find((q) => !(q.key in answers));
}

/** The plan grouped by stepper step (desktop shows one step per screen). */
export function byStep(questions: readonly Question[]): Map<StepId, Question[]> {
  const groups = new Map<StepId, Question[]>();
  for (const q of questions)
    groups.set(q.template.step, [...(groups.get(q.template.step) ?? []), q]);
  return groups;
}

/** Answers no longer reachable (e.g. a second adult's after "not in a couple") are dropped. */
export function pruneAnswers(answers: Answers): Answers {
  // Dropping one answer can switch another question off (handicap → taux): repeat until stable.
  let current = answers;
  for (;;) {
    const keys = new Set(applicableQuestions(current).map((q) => q.key));
    const next = Object.fromEntries(Object.entries(current).filter(([k]) => keys.has(k)));
    if (Object.keys(next).length === Object.keys(current).length) return next;
    current = next;
  }
}

/**
 * The missing inputs to prune the plan with, from engine results: only once the engine reports
 * an incomplete result. Results that are all decided mean the engine took defaults for what was
 * not asked, which must not silence questions that can still change an amount.
 */
export function missingOf(results: readonly BenefitResult[]): MissingInput[] | undefined {
  return results.some((r) => r.status === 'incomplete')
    ? results.flatMap((r) => r.missing)
    : undefined;
}
