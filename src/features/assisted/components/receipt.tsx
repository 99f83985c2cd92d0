// The receipt of a procedure sent in the person's name.
import { useTranslation } from 'react-i18next';
import type { ProcedureView } from '../../../shared/contracts/procedures.ts';
import { Alert } from '../../../shared/ui/notice.tsx';
import { formatDateTime } from '../lib/format.ts';

export function Receipt({ receipt }: { readonly receipt: ProcedureView }) {
  const { t, i18n } = useTranslation('assisted');
  return (
    <Alert
      severity="success"
      title={t('receipt.title', { procedure: t(`procedures.${receipt.procedure}`) })}
      live
    >
      <p data-testid="procedure-receipt">
        {t('receipt.body', {
          organisation: t(`organisations.${receipt.organisation}`),
          at: formatDateTime(receipt.createdAt, i18n.language),
          reference: receipt.reference ?? t('receipt.noReference'),
        })}
      </p>
      <p>{t(`receipt.status.${receipt.status}`)}</p>
    </Alert>
  );
}
