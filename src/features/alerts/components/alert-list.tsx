// The inbox's list: each alert with its tools, or why the list is empty.
import { useTranslation } from 'react-i18next';
import type { AlertView } from '../../../shared/contracts/alerts.ts';
import type { Session } from '../api/http.ts';
import { AlertItem } from './alert-item.tsx';
import { AlertTools } from './alert-tools.tsx';

export function AlertList({
  alerts,
  archived,
  session,
}: {
  readonly alerts: readonly AlertView[];
  readonly archived: boolean;
  /** Null when reading the offline copy: the tools need the server. */
  readonly session: Session | null;
}) {
  const { t } = useTranslation('alerts');
  if (alerts.length === 0)
    return <p>{archived ? t('inbox.emptyArchived') : t('inbox.emptyCurrent')}</p>;
  return (
    <ul className="alerts-list" aria-label={t('inbox.listLabel')}>
      {alerts.map((alert) => (
        <li key={alert.id}>
          <AlertItem
            alert={alert}
            headingLevel={2}
            linkTitle
            tools={
              session ? (
                <AlertTools alert={alert} session={session} />
              ) : (
                <p>{t('alert.offlineAction')}</p>
              )
            }
          />
        </li>
      ))}
    </ul>
  );
}
