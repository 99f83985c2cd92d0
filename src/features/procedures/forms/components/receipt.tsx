// The receipt of a procedure: to whom it went, its reference, what was attached, and its state.
import { useTranslation } from 'react-i18next';
import type { ProcedureView } from '../../../../shared/contracts/procedures.ts';
import { organisationById } from '../../../../shared/content/index.ts';
import { Alert } from '../../../../shared/ui/notice.tsx';

export function Receipt({ receipt }: { readonly receipt: ProcedureView }) {
  const { t, i18n } = useTranslation('procedures-forms');
  const org = organisationById(receipt.organisation);
  const name = org ? (i18n.language === 'en' ? org.name.en : org.name.fr) : receipt.organisation;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <Alert
      severity={receipt.status === 'retry' ? 'warning' : 'success'}
      title={t('receipt.title')}
      live
    >
      <p>
        {t(`receipt.${receipt.status}`, {
          procedure: t(`procedures.${receipt.procedure}.title`),
          organisation: name,
        })}
      </p>
      <ul>
        {receipt.reference ? (
          <li>{t('receipt.reference', { reference: receipt.reference })}</li>
        ) : null}
        <li>{t('receipt.date', { date: date.format(receipt.createdAt) })}</li>
        <li>
          {receipt.documents.length
            ? t('receipt.documents', { names: receipt.documents.map((d) => d.name).join(', ') })
            : t('receipt.noDocuments')}
        </li>
      </ul>
    </Alert>
  );
}
