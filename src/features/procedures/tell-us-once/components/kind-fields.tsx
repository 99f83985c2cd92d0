// Step 1: what changes (a move, contact details, the family).
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../../../shared/ui/radio-group.tsx';
import type { FieldProps } from './field-props.ts';

export function KindFields({ values, set, error }: FieldProps) {
  const { t } = useTranslation('procedures-tell-us-once');
  return (
    <div id="field-kind">
      <RadioGroup
        name="kind"
        legend={t('kind.legend')}
        required
        value={values.kind}
        onChange={(v) => {
          set({ kind: v as typeof values.kind });
        }}
        options={(['address', 'contact', 'family'] as const).map((k) => ({
          value: k,
          label: t(`kind.${k}`),
          hint: t(`kind.${k}Hint`),
        }))}
        {...error('kind')}
      />
    </div>
  );
}
