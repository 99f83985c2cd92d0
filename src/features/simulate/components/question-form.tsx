// The questions of one screen (one on mobile, a whole step on desktop). Choices are kept as soon
// as they are made, typed values as soon as they read correctly, so that follow-up questions
// appear at once and nothing typed is lost; errors are shown when the person continues.
import { useErrorTitle } from '../../../shared/hooks/use-page-title.ts';
import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, Question } from '../../../engine/questions/index.ts';
import { Button, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { useSimulation } from '../hooks/simulation-context.tsx';
import { rawOf, validate } from '../utils/validate.ts';
import { QuestionField } from './question-field.tsx';

export interface QuestionFormProps {
  readonly questions: readonly Question[];
  readonly onDone: (values: Answers) => void;
  readonly onBack: () => void;
  readonly today?: Date;
}

export function QuestionForm({ questions, onDone, onBack, today = new Date() }: QuestionFormProps) {
  const { t } = useTranslation('simulate');
  const { draft, setAnswers } = useSimulation();
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  useErrorTitle(Object.keys(errors).length > 0);
  const rawFor = (q: Question) => raw[q.key] ?? rawOf(q, draft.answers[q.key]);

  const change = (q: Question, text: string) => {
    setRaw((r) => ({ ...r, [q.key]: text }));
    const v = validate(q, text, today);
    if (v.ok) setAnswers({ [q.key]: v.value });
    if (errors[q.key] && v.ok) setErrors(({ [q.key]: _, ...rest }) => rest);
  };

  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const values: Record<string, Answers[string]> = {};
    const found: Record<string, string> = {};
    for (const q of questions) {
      const v = validate(q, rawFor(q), today);
      if (v.ok) values[q.key] = v.value;
      else found[q.key] = t(v.key, v.params ?? {});
    }
    setErrors(found);
    const first = questions.find((q) => found[q.key]);
    if (first) {
      // Move to the first field in error so that keyboard and screen-reader users land on it.
      document
        .querySelector<HTMLElement>(`[name="${first.key}"], [data-question="${first.key}"] input`)
        ?.focus();
      return;
    }
    setAnswers(values);
    onDone(values);
  };

  return (
    <form onSubmit={submit} noValidate>
      {questions.map((q) => (
        <div key={q.key} data-question={q.key}>
          <QuestionField
            question={q}
            raw={rawFor(q)}
            onChange={(text) => {
              change(q, text);
            }}
            prefilled={draft.prefilled.includes(q.key)}
            {...(errors[q.key] ? { error: errors[q.key] } : {})}
          />
        </div>
      ))}
      <ButtonsGroup>
        <Button type="submit">{t('nav.next')}</Button>
        <Button priority="secondary" onClick={onBack}>
          {t('nav.previous')}
        </Button>
      </ButtonsGroup>
    </form>
  );
}
