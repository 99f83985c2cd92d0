// Runs a page for a logged-in person: the login landing otherwise, a live message while the
// session is read. When the session cannot be read (offline), `offline` decides what to show.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Alert } from '../../../shared/ui/notice.tsx';
import { PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import type { Session } from '../api/http.ts';
import { useSession } from '../api/queries.ts';
import { LoginLanding } from './login-landing.tsx';

export function WithSession(props: {
  readonly title: string;
  readonly returnTo: string;
  readonly children: (session: Session) => ReactNode;
  readonly offline?: ReactNode;
}) {
  const session = useSession();
  if (session.data === null) return <LoginLanding title={props.title} returnTo={props.returnTo} />;
  if (session.data) return props.children(session.data);
  if (session.isError && props.offline) return props.offline;
  return <Pending title={props.title} failed={session.isError} />;
}

function Pending({ title, failed }: { readonly title: string; readonly failed: boolean }) {
  const { t } = useTranslation('alerts');
  usePageTitle(title);
  return (
    <PageContainer>
      <PageTitle>{title}</PageTitle>
      <div role="status">{failed ? null : <p>{t('session.loading')}</p>}</div>
      {failed ? (
        <Alert severity="error" live>
          {t('session.failed')}
        </Alert>
      ) : null}
    </PageContainer>
  );
}
