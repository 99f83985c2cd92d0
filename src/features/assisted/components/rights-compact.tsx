// The person's rights as the agent needs them at the desk: each right in payment, with its
// organisation, status and last payment, in one table; organisations that did not answer named.
import { useTranslation } from 'react-i18next';
import type { RightsResponse } from '../../../shared/contracts/rights.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { formatDate, formatEuros } from '../lib/format.ts';

export function RightsCompact({ rights }: { readonly rights: RightsResponse }) {
  const { t, i18n } = useTranslation('assisted');
  const rows = rights.organisations.flatMap((o) =>
    (o.record?.rights ?? []).map((r) => ({
      key: `${o.id}-${r.id}`,
      cells: [
        r.label,
        t(`organisations.${o.id}`),
        t(`rightStatus.${r.status}`),
        r.lastPayment
          ? t('rights.payment', {
              amount: formatEuros(r.lastPayment.amountCents, i18n.language),
              date: formatDate(Date.parse(r.lastPayment.paidOn), i18n.language),
            })
          : t('rights.noPayment'),
      ],
    })),
  );
  const missing = rights.organisations.filter((o) => o.status === 'unavailable');
  return (
    <div data-testid="mandate-rights">
      {rows.length > 0 ? (
        <DataTable
          caption={t('rights.caption', {
            person: `${rights.person.givenName} ${rights.person.familyName}`,
          })}
          headers={[
            t('rights.right'),
            t('rights.organisation'),
            t('rights.status'),
            t('rights.last'),
          ]}
          rows={rows}
        />
      ) : (
        <p>{t('rights.none')}</p>
      )}
      {missing.length > 0 ? (
        <p>
          {t('rights.unavailable', {
            list: missing.map((o) => t(`organisations.${o.id}`)).join(', '),
          })}
        </p>
      ) : null}
    </div>
  );
}
