// The summary handed to the person: on paper (print layout only) and, the same lines, on their
// phone through the QR code. Nothing but what the person needs to keep.
import { useTranslation } from 'react-i18next';
import type { MandateView } from '../../../shared/contracts/assisted.ts';
import type { ProcedureView } from '../../../shared/contracts/procedures.ts';
import { PrintOnly } from '../../../shared/ui/print.tsx';
import { formatDate, formatDateTime } from '../lib/format.ts';
import type { Handoff } from '../lib/fragment.ts';
import { useDomainLabel } from './domain-list.tsx';

export function useHandoff(
  m: MandateView,
  person: { readonly givenName: string; readonly familyName: string },
  receipts: readonly ProcedureView[],
): Handoff {
  const { t, i18n } = useTranslation('assisted');
  const label = useDomainLabel();
  return {
    title: t('print.title', { person: `${person.givenName} ${person.familyName}` }),
    lines: [
      [t('print.structure'), m.structure.name],
      [t('print.agent'), `${m.agent.givenName} ${m.agent.usualName}`],
      [t('print.domains'), m.domains.map(label).join(', ')],
      [t('print.until'), formatDate(m.endsAt, i18n.language)],
      ...receipts.map(
        (r) =>
          [
            t(`procedures.${r.procedure}`),
            t('print.sent', {
              at: formatDateTime(r.createdAt, i18n.language),
              reference: r.reference ?? t('receipt.noReference'),
            }),
          ] as const,
      ),
      [t('print.revoke'), t('print.revokeHow')],
    ],
  };
}

export function HandoffLines({ handoff }: { readonly handoff: Handoff }) {
  return (
    <dl>
      {handoff.lines.map(([label, value], i) => (
        <div key={`${String(i)}-${label}`}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PrintSummary({ handoff }: { readonly handoff: Handoff }) {
  return (
    <PrintOnly>
      <section data-testid="print-summary">
        <h2>{handoff.title}</h2>
        <HandoffLines handoff={handoff} />
      </section>
    </PrintOnly>
  );
}
