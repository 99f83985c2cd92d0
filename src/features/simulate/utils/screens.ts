// Where the person is in the questionnaire, from the URL (?q= on mobile, ?etape= on desktop) so
// that the browser's back and forward buttons move between screens.
import { STEPS, nextQuestion, plan, pruneAnswers } from '../../../engine/questions/index.ts';
import type { Answers, Question, StepId } from '../../../engine/questions/index.ts';
import type { OptionsFor } from './run.ts';

export interface Screen {
  readonly step: StepId;
  readonly questions: readonly Question[];
  /** Position of the screen's first question in the plan, and the plan's length. */
  readonly index: number;
  readonly total: number;
}

const isStep = (s: string | null): s is StepId =>
  s !== null && (STEPS as readonly string[]).includes(s);

export function currentScreen(
  answers: Answers,
  optionsOf: OptionsFor,
  search: URLSearchParams,
  grouped: boolean,
): Screen | undefined {
  const options = optionsOf(answers);
  const all = plan(answers, options);
  const asked = all.find((q) => q.key === search.get('q'));
  const stepParam = search.get('etape');
  const first =
    asked ??
    (isStep(stepParam) ? all.find((q) => q.template.step === stepParam) : undefined) ??
    nextQuestion(answers, options);
  if (!first) return undefined;
  const questions = grouped ? all.filter((q) => q.template.step === first.template.step) : [first];
  const head = questions[0] ?? first;
  return {
    step: head.template.step,
    questions,
    index: all.findIndex((q) => q.key === head.key),
    total: all.length,
  };
}

/** The URL search of the screen after this one, or undefined when the results can be shown. */
export function nextSearch(
  screen: Screen,
  answers: Answers,
  optionsOf: OptionsFor,
  grouped: boolean,
): string | undefined {
  const merged = pruneAnswers(answers);
  const all = plan(merged, optionsOf(merged));
  if (grouped) {
    const later = STEPS.slice(STEPS.indexOf(screen.step) + 1);
    const step = later.find((s) => all.some((q) => q.template.step === s));
    const pending = all.find((q) => !(q.key in merged));
    if (pending && STEPS.indexOf(pending.template.step) <= STEPS.indexOf(screen.step))
      return `?etape=${pending.template.step}`;
    return step ? `?etape=${step}` : undefined;
  }
  const from = all.findIndex((q) => q.key === screen.questions[0]?.key);
  const pending =
    all.slice(from + 1).find((q) => !(q.key in merged)) ?? all.find((q) => !(q.key in merged));
  return pending ? `?q=${encodeURIComponent(pending.key)}` : undefined;
}

/** The URL search of the screen before this one, or undefined on the first screen. */
export function previousSearch(
  screen: Screen,
  answers: Answers,
  optionsOf: OptionsFor,
  grouped: boolean,
): string | undefined {
  const all = plan(answers, optionsOf(answers));
  const before = all.slice(0, Math.max(0, screen.index));
  const prev = before.at(-1);
  if (!prev) return undefined;
  return grouped ? `?etape=${prev.template.step}` : `?q=${encodeURIComponent(prev.key)}`;
}
