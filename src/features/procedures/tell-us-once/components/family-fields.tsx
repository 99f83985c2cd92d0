// A family change: which one, when, and who (required for a birth or a death).
import { useTranslation } from 'react-i18next';
import { FAMILY_EVENTS } from '../../../../shared/contracts/declarations.ts';
import { RadioGroup } from '../../../../shared/ui/radio-group.tsx';
import { TextField } from '../../../../shared/ui/text-field.tsx';
import type { FieldProps } from './field-props.ts';

export function FamilyFields({ values, set, error }: FieldProps) {
  const { t } = useTranslation('procedures-tell-us-once');
  return (
    <>
      <div id="field-event">
        <RadioGroup
          name="event"
          legend={t('fields.event')}
          required
          value={values.event}
          onChange={(v) => {
            set({ event: v as typeof values.event });
          }}
          options={FAMILY_EVENTS.map((e) => ({ value: e, label: t(`fields.events.${e}`) }))}
          {...error('event')}
        />
      </div>
      <div id="field-date">
        <TextField
          type="date"
          label={t('fields.date')}
          required
          hint={t('fields.dateHint')}
          value={values.date}
          onChange={(date) => {
            set({ date });
          }}
          {...error('date')}
        />
      </div>
      {values.event === '' ? null : (
        <div id="field-person">
          <TextField
            label={t(`fields.person.${values.event}`)}
            value={values.person}
            autoComplete="off"
            required={values.event === 'birth' || values.event === 'death'}
            onChange={(person) => {
              set({ person });
            }}
            {...error('person')}
          />
        </div>
      )}
    </>
  );
}
