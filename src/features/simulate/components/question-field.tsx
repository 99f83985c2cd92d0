// One question, rendered by kind: radios for yes/no and choices, a text field otherwise.
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../engine/questions/index.ts';
import { RadioGroup } from '../../../shared/ui/radio-group.tsx';
import { TextField } from '../../../shared/ui/text-field.tsx';
import { labelOf, optionKey } from '../utils/validate.ts';

export interface QuestionFieldProps {
  readonly question: Question;
  readonly raw: string;
  readonly onChange: (raw: string) => void;
  readonly error?: string;
  readonly prefilled?: boolean;
}

export function QuestionField({ question, raw, onChange, error, prefilled }: QuestionFieldProps) {
  const { t } = useTranslation('simulate');
  const t0 = question.template;
  const { key, params } = labelOf(question);
  const label = t(key, params);
  // Prefilled answers say so in words too (read with the field), and where they come from.
  const help = `${t(`questions.${t0.id}.help`, params)}${prefilled ? ` ${t('prefilledHint')}` : ''}`;
  const badge = prefilled ? t('prefilled') : undefined;
  const errorProps = error ? { error } : {};
  if (t0.kind === 'boolean' || t0.kind === 'choice') {
    const values = t0.kind === 'boolean' ? ['true', 'false'] : (t0.options ?? []);
    return (
      <RadioGroup
        name={question.key}
        legend={badge ? `${label} (${badge})` : label}
        hint={help}
        value={raw === '' ? undefined : raw}
        onChange={onChange}
        inline={t0.kind === 'boolean'}
        options={values.map((v) => ({ value: v, label: t(optionKey(v)) }))}
        {...errorProps}
      />
    );
  }
  return (
    <TextField
      label={
        t0.kind === 'amount'
          ? `${label} (${t(t0.per === 'year' ? 'units.perYear' : 'units.perMonth')})`
          : label
      }
      hint={help}
      value={raw}
      onChange={onChange}
      inputMode={t0.kind === 'date' ? 'text' : t0.kind === 'count' ? 'numeric' : 'decimal'}
      autoComplete={t0.id === 'date_naissance' && question.person === 'p1' ? 'bday' : 'off'}
      {...(t0.kind === 'date' ? { placeholder: 'JJ/MM/AAAA' } : {})}
      {...(badge ? { badge } : {})}
      {...errorProps}
    />
  );
}
