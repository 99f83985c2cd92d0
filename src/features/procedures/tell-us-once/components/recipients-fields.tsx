// Step 3: who will be told and why; one box per organisation, none ticked in advance: the
// person's consent is given organisation by organisation.
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../../shared/contracts/declarations.ts';
import { CheckboxGroup } from '../../../../shared/ui/checkbox-group.tsx';
import { organisationName } from './delivery-list.tsx';

export interface RecipientsFieldsProps {
  readonly recipients: readonly Recipient[];
  readonly chosen: readonly string[];
  readonly onChange: (chosen: string[]) => void;
  readonly error?: string;
}

export function RecipientsFields({ recipients, chosen, onChange, error }: RecipientsFieldsProps) {
  const { t, i18n } = useTranslation('procedures-tell-us-once');
  const lang = i18n.resolvedLanguage ?? 'fr';
  return (
    <div id="field-organisations">
      <CheckboxGroup
        legend={t('recipients.legend')}
        required
        hint={t('recipients.hint')}
        checked={chosen}
        onChange={onChange}
        options={recipients.map((r) => ({
          value: r.organisation,
          label: organisationName(r.organisation, lang),
          hint: t(`recipients.reasons.${r.reason}`, { benefits: (r.benefits ?? []).join(', ') }),
        }))}
        {...(error ? { error } : {})}
      />
    </div>
  );
}
