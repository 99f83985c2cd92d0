// One benefit paid by an organisation: status, amount, last and next payment.
import { useTranslation } from 'react-i18next';
import type { Right } from '../../../shared/contracts/rights.ts';
import { Badge, type BadgeSeverity } from '../../../shared/ui/badge.tsx';
import { Facts, ItemTitle } from '../../../shared/ui/panel.tsx';
import type { Session } from '../api/http.ts';
import { day, euros } from '../lib/format.ts';
import { subjectId } from '../lib/organisations.ts';
import { ReportError } from './report-error.tsx';

const SEVERITY: Record<Right['status'], BadgeSeverity> = {
  'en-cours': 'success',
  suspendu: 'warning',
  termine: 'info',
};

export function RightItem(props: {
  readonly right: Right;
  readonly organisation: string;
  readonly session: Session;
}) {
  const { right, organisation, session } = props;
  const { t, i18n } = useTranslation('rights');
  const lang = i18n.language;
  const payment = (p: Right['lastPayment']) =>
    p
      ? t('right.payment', { amount: euros(p.amountCents, lang), date: day(p.paidOn, lang) })
      : t('right.none');
  return (
    <li data-right={right.id}>
      <ItemTitle>{right.label}</ItemTitle>
      <Badge label={t(`right.status.${right.status}`)} severity={SEVERITY[right.status]} />
      <Facts
        items={[
          { label: t('right.since'), value: day(right.since, lang) },
          ...(right.until ? [{ label: t('right.until'), value: day(right.until, lang) }] : []),
          {
            label: t('right.amount'),
            value: right.lastPayment ? euros(right.lastPayment.amountCents, lang) : t('right.none'),
          },
          { label: t('right.lastPayment'), value: payment(right.lastPayment) },
          { label: t('right.nextPayment'), value: payment(right.nextPayment) },
        ]}
      />
      <ReportError
        session={session}
        subject={subjectId('right', right.id)}
        what={right.label}
        organisations={[organisation]}
      />
    </li>
  );
}
