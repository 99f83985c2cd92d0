// One receipt per organisation: its status, the organisation's reference, what it means for
// the person, and where to go when they have to act.
import { useTranslation } from 'react-i18next';
import type { DeliveryView } from '../../../../shared/contracts/declarations.ts';
import { linkById, localize, organisationById } from '../../../../shared/content/index.ts';
import { Badge, type BadgeSeverity } from '../../../../shared/ui/badge.tsx';
import { ExternalLink } from '../../../../shared/ui/page.tsx';
import { formatTime } from '../utils/format.ts';

const SEVERITY: Record<DeliveryView['status'], BadgeSeverity> = {
  pending: 'new',
  sent: 'info',
  acknowledged: 'success',
  retry: 'warning',
  'needs-user': 'error',
};

export function organisationName(id: string, lang: string): string {
  const o = organisationById(id);
  return o ? localize(o.name, lang) : id;
}

export function DeliveryList({ deliveries }: { readonly deliveries: readonly DeliveryView[] }) {
  const { t, i18n } = useTranslation(['procedures-tell-us-once', 'common']);
  const lang = i18n.resolvedLanguage ?? 'fr';
  return (
    <ul data-testid="receipts">
      {deliveries.map((d) => {
        const space = linkById(organisationById(d.organisation)?.space ?? '');
        return (
          <li key={d.organisation} data-organisation={d.organisation} data-status={d.status}>
            <strong>{organisationName(d.organisation, lang)}</strong>
            <Badge label={t(`receipts.status.${d.status}`)} severity={SEVERITY[d.status]} />
            <p>
              {t(`receipts.help.${d.status}`)}{' '}
              {d.status === 'needs-user' && space ? (
                <ExternalLink href={space.url} newWindowLabel={t('common:newWindow')}>
                  {localize(space.label, lang)}
                </ExternalLink>
              ) : null}
            </p>
            {d.receipt ? <p>{t('receipts.reference', { reference: d.receipt })}</p> : null}
            <p>{t('receipts.updated', { date: formatTime(d.updatedAt, lang) })}</p>
          </li>
        );
      })}
    </ul>
  );
}
