// What the portal holds, group by group: what it is, where it comes from, how many items.
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { Section } from '../../../shared/ui/page.tsx';
import type { PersonalData } from '../api/schemas.ts';

const GROUPS = [
  'identity',
  'account',
  'preferences',
  'errorReports',
  'declarations',
  'documents',
  'procedures',
  'messages',
  'organisationCopies',
] as const;

export function DataInventory({ data }: { readonly data: PersonalData }) {
  const { t } = useTranslation('rights');
  const count = (g: (typeof GROUPS)[number]) => {
    const value = data[g];
    if (!value) return 0;
    return Array.isArray(value.items) ? value.items.length : 1;
  };
  return (
    <Section title={t('myData.heldTitle')}>
      <DataTable
        caption={t('myData.caption')}
        headers={[t('myData.group'), t('myData.source'), t('myData.count')]}
        rows={GROUPS.map((g) => ({
          key: g,
          cells: [t(`myData.groups.${g}.label`), t(`myData.groups.${g}.source`), String(count(g))],
        }))}
      />
      <p>{t('myData.organisationsOwn')}</p>
    </Section>
  );
}
