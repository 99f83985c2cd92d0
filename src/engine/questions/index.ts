// The questionnaire's public door: catalogue, order and the answers → household mapping.
export type {
  AnswerValue,
  Answers,
  Question,
  QuestionKind,
  QuestionScope,
  QuestionTemplate,
  StepId,
} from './types.ts';
export { STEPS } from './types.ts';
export { ALL_BENEFITS, CATALOGUE, TAUX_INCAPACITE } from './catalogue.ts';
export {
  adultIds,
  applicableQuestions,
  byStep,
  childIds,
  missingOf,
  nextQuestion,
  plan,
  pruneAnswers,
  questionKey,
} from './order.ts';
export type { PlanOptions } from './order.ts';
export { historyKeys, householdFromAnswers } from './household.ts';
export { countQuestions } from './script.ts';
export { adaptiveOptions } from './adaptive.ts';
export type { OptionsFor } from './adaptive.ts';
export { canChange, relevantKeys } from './relevance.ts';
export type { SimulateAnswers } from './relevance.ts';
