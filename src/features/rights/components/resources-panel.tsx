// Twelve months of resources (montant net social), as a table with its caption: every amount
// readable by everyone, not only drawn.
import { useTranslation } from 'react-i18next';
import type { RightsResponse } from '../../../shared/contracts/rights.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { Panel } from '../../../shared/ui/panel.tsx';
import type { Session } from '../api/http.ts';
import { euros, monthLabel } from '../lib/format.ts';
import { organisationShortName } from '../lib/organisations.ts';
import { ReportError } from './report-error.tsx';

export function ResourcesPanel(props: {
  readonly data: RightsResponse;
  readonly session: Session;
  readonly tools: React.ReactNode;
}) {
  const { data, session, tools } = props;
  const { t, i18n } = useTranslation('rights');
  const lang = i18n.language;
  const sources = [...new Set(data.resources.flatMap((m) => m.items.map((i) => i.organisation)))];
  const total = data.resources.reduce((sum, m) => sum + m.totalCents, 0);
  return (
    <Panel id="resources" title={t('resources.title')} tools={tools}>
      <p>{t('resources.lead', { total: euros(total, lang) })}</p>
      <DataTable
        caption={t('resources.caption')}
        headers={[t('resources.month'), t('resources.total'), t('resources.detail')]}
        rows={data.resources.map((m) => ({
          key: m.month,
          cells: [
            monthLabel(m.month, lang),
            euros(m.totalCents, lang),
            m.items.length === 0 ? (
              t('resources.nothing')
            ) : (
              <ul>
                {m.items.map((i, n) => (
                  <li key={n}>
                    {t('resources.item', {
                      label: i.label,
                      organisation: organisationShortName(i.organisation),
                      amount: euros(i.amountCents, lang),
                    })}
                  </li>
                ))}
              </ul>
            ),
          ],
        }))}
      />
      {sources.length > 0 ? (
        <ReportError
          session={session}
          subject="resources"
          what={t('resources.title')}
          organisations={sources}
        />
      ) : null}
    </Panel>
  );
}
