// Which alerts to show: one category or all, current or archived.
import { useTranslation } from 'react-i18next';
import { ALERT_CATEGORIES, type AlertCategory } from '../../../shared/contracts/alerts.ts';
import { RadioGroup } from '../../../shared/ui/radio-group.tsx';
import { SelectField } from '../../../shared/ui/select-field.tsx';
import type { ListFilter } from '../api/queries.ts';

export function InboxFilters({
  filter,
  onChange,
}: {
  readonly filter: ListFilter;
  readonly onChange: (next: ListFilter) => void;
}) {
  const { t } = useTranslation('alerts');
  return (
    <div className="alerts-toolbar">
      <SelectField
        label={t('inbox.filter')}
        placeholder={t('inbox.filterAll')}
        options={ALERT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        value={filter.category ?? ''}
        onChange={(value) => {
          onChange({ ...filter, category: value === '' ? null : (value as AlertCategory) });
        }}
      />
      <RadioGroup
        name="alerts-archived"
        legend={t('inbox.show')}
        inline
        options={[
          { value: 'current', label: t('inbox.current') },
          { value: 'archived', label: t('inbox.archived') },
        ]}
        value={filter.archived ? 'archived' : 'current'}
        onChange={(value) => {
          onChange({ ...filter, archived: value === 'archived' });
        }}
      />
    </div>
  );
}
