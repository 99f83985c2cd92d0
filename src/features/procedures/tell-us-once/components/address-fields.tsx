// A move: street, postal code, the commune chosen among those of that postal code (official
// list, asked to the server), and the date.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MOVE_NOTICE_DAYS, POSTAL_CODE } from '../../../../shared/contracts/declarations.ts';
import { SelectField } from '../../../../shared/ui/select-field.tsx';
import { TextField } from '../../../../shared/ui/text-field.tsx';
import { useCommunes } from '../api/queries.ts';
import type { FieldProps } from './field-props.ts';

export function AddressFields({ values, set, error }: FieldProps) {
  const { t } = useTranslation('procedures-tell-us-once');
  const communes = useCommunes(values.postalCode);
  const list = communes.data?.communes ?? [];
  const only = list.length === 1 ? list[0] : undefined;
  useEffect(() => {
    // A postal code with a single commune chooses it: one less step on a phone.
    if (only && values.communeCode === '') set({ communeCode: only.code, commune: only.name });
  }, [only, values.communeCode, set]);

  const placeholder = !POSTAL_CODE.test(values.postalCode.trim())
    ? t('fields.communeNeedPostal')
    : communes.isPending
      ? t('fields.communeLoading')
      : t('fields.communePlaceholder');
  const lookupProblem = communes.isError
    ? t('fields.communeUnavailable')
    : communes.isSuccess && list.length === 0
      ? t('fields.communeNone')
      : undefined;
  return (
    <>
      <div id="field-line">
        <TextField
          label={t('fields.line')}
          required
          hint={t('fields.lineHint')}
          value={values.line}
          autoComplete="address-line1"
          onChange={(line) => {
            set({ line });
          }}
          {...error('line')}
        />
      </div>
      <div id="field-postalCode">
        <TextField
          label={t('fields.postalCode')}
          required
          hint={t('fields.postalCodeHint')}
          value={values.postalCode}
          inputMode="numeric"
          autoComplete="postal-code"
          onChange={(postalCode) => {
            set({ postalCode, communeCode: '', commune: '' });
          }}
          {...error('postalCode')}
        />
      </div>
      <div id="field-communeCode">
        <SelectField
          label={t('fields.commune')}
          required
          placeholder={placeholder}
          value={values.communeCode}
          options={list.map((c) => ({ value: c.code, label: c.name }))}
          disabled={list.length === 0}
          onChange={(code) => {
            set({ communeCode: code, commune: list.find((c) => c.code === code)?.name ?? '' });
          }}
          {...error('communeCode')}
          {...(lookupProblem && !error('communeCode').error ? { error: lookupProblem } : {})}
        />
      </div>
      <div id="field-since">
        <TextField
          type="date"
          label={t('fields.since')}
          required
          hint={t('fields.sinceHint', { days: MOVE_NOTICE_DAYS })}
          value={values.since}
          onChange={(since) => {
            set({ since });
          }}
          {...error('since')}
        />
      </div>
    </>
  );
}
