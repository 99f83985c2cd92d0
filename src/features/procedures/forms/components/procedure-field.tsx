// One field of a procedure, drawn from its definition: the right input for its kind, its
// label and hint, its error, and a "pré-rempli" badge naming the source while the value is
// still the one the organisation gave.
import { useTranslation } from 'react-i18next';
import type { FieldDef } from '../../../../shared/contracts/procedures.ts';
import { SelectField } from '../../../../shared/ui/select-field.tsx';
import { TextField, type TextFieldProps } from '../../../../shared/ui/text-field.tsx';
import { fieldAnchor } from '../lib/errors.ts';

const INPUT: Partial<Record<FieldDef['kind'], Partial<TextFieldProps>>> = {
  'past-date': { type: 'date' },
  'future-date': { type: 'date' },
  email: { type: 'email', autoComplete: 'email' },
  phone: { type: 'tel', autoComplete: 'tel' },
  euros: { inputMode: 'decimal' },
  count: { inputMode: 'numeric' },
  'postal-code': { inputMode: 'numeric', autoComplete: 'postal-code' },
  'caf-number': { inputMode: 'numeric' },
};

export interface ProcedureFieldProps {
  readonly field: FieldDef;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  /** The source of the prefilled value, while the value is unchanged. */
  readonly prefilledFrom?: string | undefined;
}

export function ProcedureField({
  field,
  value,
  onChange,
  error,
  prefilledFrom,
}: ProcedureFieldProps) {
  const { t } = useTranslation('procedures-forms');
  const label = t(`fields.${field.id}.label`) + (field.required ? '' : ` ${t('optional')}`);
  const hint = t(`fields.${field.id}.hint`, { defaultValue: '' });
  const shared = {
    label,
    value,
    onChange,
    required: field.required,
    ...(hint ? { hint } : {}),
    ...(error ? { error: t(`errors.${error}`, { defaultValue: error }) } : {}),
  };
  return (
    <div id={fieldAnchor(field.id)}>
      {field.kind === 'choice' ? (
        <SelectField
          {...shared}
          {...(prefilledFrom
            ? { hint: t('prefilled', { source: t(`sources.${prefilledFrom}`) }) }
            : {})}
          placeholder={t('choose')}
          options={(field.options ?? []).map((o) => ({
            value: o,
            label: t(`fields.${field.id}.options.${o}`),
          }))}
        />
      ) : (
        <TextField
          {...shared}
          {...INPUT[field.kind]}
          {...(prefilledFrom
            ? { badge: t('prefilled', { source: t(`sources.${prefilledFrom}`) }) }
            : {})}
        />
      )}
    </div>
  );
}
