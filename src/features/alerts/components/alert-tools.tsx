// Read/unread and archive for one alert. Offline (or while reading the offline copy) they are
// disabled and say why; a refused change says so next to the buttons.
import { useTranslation } from 'react-i18next';
import type { AlertView } from '../../../shared/contracts/alerts.ts';
import { SmallButton } from '../../../shared/ui/small-button.tsx';
import { SrOnly } from '../../../shared/ui/sr-only.tsx';
import type { Session } from '../api/http.ts';
import { useArchive, useMarkRead } from '../api/queries.ts';

export function AlertTools({
  alert,
  session,
}: {
  readonly alert: AlertView;
  readonly session: Session;
}) {
  const { t } = useTranslation('alerts');
  const read = useMarkRead(session);
  const archive = useArchive(session);
  const busy = read.isPending || archive.isPending;
  const unread = alert.readAt === null;
  const archived = alert.archivedAt !== null;
  return (
    <div>
      <SmallButton
        priority="secondary"
        disabled={busy}
        onClick={() => {
          read.mutate({ id: alert.id, read: unread });
        }}
      >
        {unread ? t('alert.markRead') : t('alert.markUnread')}
        <SrOnly>{` : ${alert.title}`}</SrOnly>
      </SmallButton>
      <SmallButton
        priority="secondary"
        disabled={busy}
        onClick={() => {
          archive.mutate({ id: alert.id, archived: !archived });
        }}
      >
        {archived ? t('alert.unarchive') : t('alert.archive')}
        <SrOnly>{` : ${alert.title}`}</SrOnly>
      </SmallButton>
      <div role="status">
        {read.isError || archive.isError ? <p>{t('alert.actionFailed')}</p> : null}
      </div>
    </div>
  );
}
