// /alertes: the inbox. Logged in: filters, the list, and the date of the last synchronisation;
// that state is kept for offline reading on a personal device. Not logged in: the login landing,
// and any offline copy is dropped (nothing of a previous person stays readable).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertListResponse } from '../../../shared/contracts/alerts.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle, TextLink } from '../../../shared/ui/page.tsx';
import type { Session } from '../api/http.ts';
import { useAlerts, useSession, type ListFilter } from '../api/queries.ts';
import { AlertList } from '../components/alert-list.tsx';
import { InboxFilters } from '../components/inbox-filters.tsx';
import { WithSession } from '../components/with-session.tsx';
import { formatMoment } from '../lib/format.ts';
import { inboxSnapshot } from '../lib/snapshot.ts';
import { useDeviceMode } from '../../../shared/hooks/use-device-mode.ts';

/** The stored inbox once `wanted` (undefined while read, null when there is none). */
function useSnapshot(wanted: boolean): AlertListResponse | null | undefined {
  const [state, setState] = useState<AlertListResponse | null | undefined>(undefined);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void inboxSnapshot()
      .load()
      .then((s) => {
        if (live) setState(s ?? null);
      });
    return () => {
      live = false;
    };
  }, [wanted]);
  return state;
}

const DEFAULT_FILTER: ListFilter = { category: null, archived: false };

export function InboxPage() {
  const { t } = useTranslation('alerts');
  const session = useSession();
  useEffect(() => {
    if (session.data === null) void inboxSnapshot().clear();
  }, [session.data]);
  return (
    <WithSession title={t('inbox.title')} returnTo="/alertes" offline={<OfflineInbox />}>
      {(s) => <Inbox session={s} />}
    </WithSession>
  );
}

function Header() {
  const { t } = useTranslation('alerts');
  usePageTitle(t('inbox.title'));
  return (
    <>
      <PageTitle>{t('inbox.title')}</PageTitle>
      <Lead>{t('inbox.lead')}</Lead>
      <ul>
        <li>
          <TextLink to="/alertes/preferences">{t('inbox.preferences')}</TextLink>
        </li>
        <li>
          <TextLink to="/alertes/verifier">{t('inbox.verify')}</TextLink>
        </li>
      </ul>
    </>
  );
}

function Inbox({ session }: { readonly session: Session }) {
  const { t, i18n } = useTranslation('alerts');
  const { mayKeep } = useDeviceMode();
  const [filter, setFilter] = useState<ListFilter>(DEFAULT_FILTER);
  const list = useAlerts(filter);
  const isDefault = filter.category === null && !filter.archived;
  useEffect(() => {
    if (list.data && isDefault) void inboxSnapshot().save(list.data);
  }, [list.data, isDefault]);
  const snapshot = useSnapshot(list.isError);
  const shown = list.data ?? (list.isError && isDefault ? (snapshot ?? null) : null);
  return (
    <PageContainer>
      <Header />
      <InboxFilters filter={filter} onChange={setFilter} />
      <div role="status" data-testid="alerts-status">
        {list.isPending ? <p>{t('inbox.loading')}</p> : null}
        {list.data ? (
          <p>
            {t('inbox.loaded', { count: list.data.alerts.length, unread: list.data.unread })}{' '}
            {t('inbox.syncedAt', { date: formatMoment(list.data.syncedAt, i18n.language) })}
          </p>
        ) : null}
      </div>
      {list.isError && shown ? (
        <Alert severity="warning" live>
          {t('inbox.offline', { date: formatMoment(shown.syncedAt, i18n.language) })}
        </Alert>
      ) : null}
      {list.isError && !shown ? (
        <Alert severity="error" live>
          {t('inbox.failed')}
        </Alert>
      ) : null}
      {shown ? (
        <AlertList
          alerts={shown.alerts}
          archived={filter.archived}
          session={list.data ? session : null}
        />
      ) : null}
      {mayKeep ? null : <p>{t('inbox.notKept')}</p>}
    </PageContainer>
  );
}

/** The session cannot be read (offline): the last synchronised inbox, read-only. */
function OfflineInbox() {
  const { t, i18n } = useTranslation('alerts');
  const state = useSnapshot(true);
  return (
    <PageContainer>
      <Header />
      {state ? (
        <>
          <Alert severity="warning" live>
            {t('inbox.offline', { date: formatMoment(state.syncedAt, i18n.language) })}
          </Alert>
          <AlertList alerts={state.alerts} archived={false} session={null} />
        </>
      ) : null}
      {state === null ? (
        <Alert severity="warning" live>
          {t('inbox.offlineNothing')}
        </Alert>
      ) : null}
    </PageContainer>
  );
}
