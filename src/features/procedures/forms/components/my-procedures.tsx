// "Mes démarches": what was sent, to whom, when, and where it stands; plus what still waits on
// this device for the network.
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../../shared/ui/badge.tsx';
import { DataTable } from '../../../../shared/ui/data-table.tsx';
import { useProcedures } from '../api/queries.ts';

const SEVERITY = { acknowledged: 'success', sent: 'info', retry: 'warning' } as const;

export function MyProcedures({ enabled }: { readonly enabled: boolean }) {
  const { t, i18n } = useTranslation('procedures-forms');
  const list = useProcedures(enabled);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const items = list.data?.procedures ?? [];
  if (!enabled) return null;
  if (items.length === 0) return <p>{t('mine.empty')}</p>;
  return (
    <DataTable
      caption={t('mine.caption')}
      headers={[t('mine.procedure'), t('mine.date'), t('mine.reference'), t('mine.status')]}
      rows={items.map((p) => ({
        key: p.id,
        cells: [
          t(`procedures.${p.procedure}.title`),
          date.format(p.createdAt),
          p.reference ?? '—',
          <Badge key="status" severity={SEVERITY[p.status]} label={t(`status.${p.status}`)} />,
        ],
      }))}
    />
  );
}
