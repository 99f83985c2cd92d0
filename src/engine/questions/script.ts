// Replays a scripted person through the questionnaire: asks the next question, takes the
// scripted answer, and so on. Used by tests, e2e expectations and the questions benchmark.
import type { MissingInput } from '../contract.ts';
import type { OptionsFor } from './adaptive.ts';
import { nextQuestion, pruneAnswers } from './order.ts';
import type { PlanOptions } from './order.ts';
import type { Answers } from './types.ts';

export interface ScriptRun {
  readonly asked: readonly string[];
  readonly answers: Answers;
  /** Questions the script had no answer for (the run stops there). */
  readonly unanswered?: string;
}

export function countQuestions(
  script: Answers,
  options: Omit<PlanOptions, 'missing' | 'relevant'> & {
    readonly missingFor?: (answers: Answers) => readonly MissingInput[] | undefined;
    /** The adaptive plan options (adaptive.ts); when given, they decide what is asked. */
    readonly optionsFor?: OptionsFor;
  } = {},
): ScriptRun {
  const asked: string[] = [];
  let answers: Answers = {};
  for (let guard = 0; guard < 200; guard++) {
    const missing = options.missingFor?.(answers);
    const q = nextQuestion(
      answers,
      options.optionsFor?.(answers) ?? {
        ...(options.benefits ? { benefits: options.benefits } : {}),
        ...(missing ? { missing } : {}),
      },
    );
    if (!q) return { asked, answers };
    const value = script[q.key];
    if (value === undefined) return { asked, answers, unanswered: q.key };
    asked.push(q.key);
    answers = pruneAnswers({ ...answers, [q.key]: value });
  }
  return { asked, answers };
}
