// New contact details: an e-mail address, a phone number, or both.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../../shared/ui/text-field.tsx';
import type { FieldProps } from './field-props.ts';

export function ContactFields({ values, set, error }: FieldProps) {
  const { t } = useTranslation('procedures-tell-us-once');
  return (
    <>
      <p>{t('fields.contactHint')}</p>
      <div id="field-email">
        <TextField
          type="email"
          label={t('fields.email')}
          hint={t('fields.emailHint')}
          value={values.email}
          autoComplete="email"
          onChange={(email) => {
            set({ email });
          }}
          {...error('email')}
        />
      </div>
      <div id="field-phone">
        <TextField
          type="tel"
          label={t('fields.phone')}
          hint={t('fields.phoneHint')}
          value={values.phone}
          autoComplete="tel"
          onChange={(phone) => {
            set({ phone });
          }}
          {...error('phone')}
        />
      </div>
    </>
  );
}
