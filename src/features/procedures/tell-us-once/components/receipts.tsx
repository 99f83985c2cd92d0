// Step 4: the receipts of the declaration just sent, refreshed until every organisation gave
// its final answer (acknowledged, or the person must act).
import { useTranslation } from 'react-i18next';
import { useDeclaration, isFinal } from '../api/queries.ts';
import { DeliveryList } from './delivery-list.tsx';

export function Receipts({ id }: { readonly id: string }) {
  const { t } = useTranslation('procedures-tell-us-once');
  const q = useDeclaration(id);
  if (!q.data)
    return <p role="status">{q.isError ? t('errors.network') : t('receipts.loading')}</p>;
  return (
    <>
      <p>{t('receipts.intro')}</p>
      <DeliveryList deliveries={q.data.deliveries} />
      <p role="status">{isFinal(q.data) ? t('receipts.final') : null}</p>
    </>
  );
}
