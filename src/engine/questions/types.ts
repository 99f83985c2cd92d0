// The questionnaire's vocabulary: pure data, no UI strings (labels and help live in the
// `simulate` i18n namespace, keyed by question id and option value).
import type { BenefitId, EntityKind } from '../contract.ts';

export type StepId = 'foyer' | 'situation' | 'logement' | 'ressources';
export const STEPS: readonly StepId[] = ['foyer', 'situation', 'logement', 'ressources'];

export type QuestionKind = 'boolean' | 'choice' | 'date' | 'amount' | 'count';

/** One answer as stored: dates as ISO "YYYY-MM-DD", amounts as euros, choices as option ids. */
export type AnswerValue = string | number | boolean;
/** Answers keyed by question key ("couple", "p1.date_naissance", "e2.date_naissance", "menage.loyer"). */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Who a template is asked about: once for the household, or once per adult / child. */
export type QuestionScope = 'household' | 'adult' | 'child';

export interface QuestionTemplate {
  readonly id: string;
  readonly step: StepId;
  readonly kind: QuestionKind;
  readonly scope: QuestionScope;
  /** The engine entity and OpenFisca variable this answer feeds (matched against `missing`). */
  readonly entity: EntityKind;
  readonly variable: string;
  readonly options?: readonly string[];
  /** Bounds: for dates, the person's age in years; for amounts and counts, the value. */
  readonly min?: number;
  readonly max?: number;
  /** Amounts are monthly unless told otherwise (a tax year's total). */
  readonly per?: 'month' | 'year';
  /** Values tried to see whether the answer can change a result (relevance.ts). */
  readonly probes?: readonly number[];
  /** The benefits whose result this answer can change. */
  readonly benefits: readonly BenefitId[];
  /** Asked only when one of these benefits is in view (or when no benefit was chosen). */
  readonly onlyFor?: readonly BenefitId[];
  /** Structural answers shape the household itself: always asked when their condition holds. */
  readonly structural?: boolean;
  /** Asked only when this holds for the answers so far (person = "p1", "e2"… or "menage"). */
  readonly when?: (answers: Answers, person: string) => boolean;
}

/** A template instantiated for one person (or the household). */
export interface Question {
  readonly key: string;
  readonly person: string;
  readonly template: QuestionTemplate;
}
