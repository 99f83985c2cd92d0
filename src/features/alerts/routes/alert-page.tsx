// /alertes/:id — where a notification leads: the alert in full (fetched now, never carried by
// the push), marked read on opening, with a one-click stop of this category on each channel
// it reached.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AlertView } from '../../../shared/contracts/alerts.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Alert } from '../../../shared/ui/notice.tsx';
import { PageContainer, PageTitle, TextLink } from '../../../shared/ui/page.tsx';
import { ApiError, type Session } from '../api/http.ts';
import { useAlert, useMarkRead } from '../api/queries.ts';
import { AlertItem } from '../components/alert-item.tsx';
import { AlertTools } from '../components/alert-tools.tsx';
import { StopChannel } from '../components/stop-channel.tsx';
import { WithSession } from '../components/with-session.tsx';

export function AlertPage() {
  const { t } = useTranslation('alerts');
  const { id = '' } = useParams();
  return (
    <WithSession title={t('detail.title')} returnTo={`/alertes/${encodeURIComponent(id)}`}>
      {(session) => <Content id={id} session={session} />}
    </WithSession>
  );
}

function Content({ id, session }: { readonly id: string; readonly session: Session }) {
  const { t } = useTranslation('alerts');
  const alert = useAlert(id);
  usePageTitle(alert.data?.alert.title ?? t('detail.title'));
  if (alert.data) return <Loaded alert={alert.data.alert} session={session} />;
  const missing = alert.error instanceof ApiError && alert.error.status === 404;
  return (
    <PageContainer>
      <PageTitle>{t('detail.title')}</PageTitle>
      <div role="status">{alert.isPending ? <p>{t('detail.loading')}</p> : null}</div>
      {alert.isError ? (
        <Alert severity="error" live>
          {missing ? t('detail.notFound') : t('detail.failed')}
        </Alert>
      ) : null}
      <p>
        <TextLink to="/alertes">{t('detail.back')}</TextLink>
      </p>
    </PageContainer>
  );
}

function Loaded({ alert, session }: { readonly alert: AlertView; readonly session: Session }) {
  const { t } = useTranslation('alerts');
  const read = useMarkRead(session);
  const marked = useRef(false);
  useEffect(() => {
    // Opening the alert reads it (once; "Marquer comme non lue" stays possible).
    if (alert.readAt !== null || marked.current) return;
    marked.current = true;
    read.mutate({ id: alert.id, read: true });
  }, [alert.id, alert.readAt, read]);
  return (
    <PageContainer>
      <p>
        <TextLink to="/alertes">{t('detail.back')}</TextLink>
      </p>
      <AlertItem
        alert={alert}
        headingLevel={1}
        linkTitle={false}
        tools={<AlertTools alert={alert} session={session} />}
      />
      <StopChannel alert={alert} session={session} />
    </PageContainer>
  );
}
