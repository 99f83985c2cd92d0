// A stored answer as a reader sees it in the summary.
import type { TFunction } from 'i18next';
import type { AnswerValue, Question } from '../../../engine/questions/index.ts';
import { money } from './format.ts';
import { formatDate } from './parse.ts';
import { optionKey } from './validate.ts';

export function answerText(
  q: Question,
  value: AnswerValue | undefined,
  t: TFunction<'simulate'>,
  lang: string,
): string {
  if (value === undefined) return '';
  switch (q.template.kind) {
    case 'boolean':
    case 'choice':
      return t(optionKey(String(value)));
    case 'date':
      return typeof value === 'string' ? formatDate(value) : String(value);
    case 'amount':
      return typeof value === 'number'
        ? t(q.template.per === 'year' ? 'results.amountYearly' : 'results.amountMonthly', {
            amount: money(value, lang),
          })
        : String(value);
    case 'count':
      return String(value);
  }
}
