// "Mes signalements": every error report with where it stands, newest first.
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeSeverity } from '../../../shared/ui/badge.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { ItemTitle, Panel } from '../../../shared/ui/panel.tsx';
import { useErrorReports } from '../api/queries.ts';
import type { ErrorReport } from '../api/schemas.ts';
import { instant } from '../lib/format.ts';
import { organisationShortName } from '../lib/organisations.ts';

const SEVERITY: Record<ErrorReport['status'], BadgeSeverity> = {
  received: 'new',
  forwarded: 'info',
  'in-review': 'warning',
  corrected: 'success',
  rejected: 'error',
};

export function ReportsPanel({ tools }: { readonly tools: React.ReactNode }) {
  const { t, i18n } = useTranslation('rights');
  const query = useErrorReports();
  const reports = [...(query.data?.reports ?? [])].sort((a, b) => b.createdAt - a.createdAt);
  return (
    <Panel id="reports" title={t('reports.title')} tools={tools}>
      <div role="status">{query.isPending ? <p>{t('reports.loading')}</p> : null}</div>
      {query.isError ? (
        <Alert severity="error" live>
          {t('reports.failed')}
        </Alert>
      ) : null}
      {query.data && reports.length === 0 ? <p>{t('reports.none')}</p> : null}
      <ul data-testid="reports">
        {reports.map((r) => (
          <li key={r.id} data-report-status={r.status}>
            <ItemTitle>
              {t('reports.item', {
                organisation: organisationShortName(r.organisation),
                date: instant(r.createdAt, i18n.language),
              })}
            </ItemTitle>
            <Badge label={t(`reports.status.${r.status}`)} severity={SEVERITY[r.status]} />
            <p>{r.message}</p>
            <ol aria-label={t('reports.history')}>
              {r.events.map((e) => (
                <li key={`${e.status}-${e.at}`}>
                  {t('reports.event', {
                    status: t(`reports.status.${e.status}`),
                    date: instant(e.at, i18n.language),
                  })}
                  {e.note ? ` — ${e.note}` : ''}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
