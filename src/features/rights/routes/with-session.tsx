// Runs a page only for a logged-in person: the landing otherwise, a live message while the
// session is read, and a helpful error when the server cannot be reached.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Alert } from '../../../shared/ui/notice.tsx';
import { PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import type { Session } from '../api/http.ts';
import { useSession } from '../api/queries.ts';
import { Landing } from './landing.tsx';

export function WithSession(props: {
  readonly returnTo: string;
  readonly children: (session: Session) => ReactNode;
}) {
  const session = useSession();
  if (session.data === null) return <Landing returnTo={props.returnTo} />;
  if (session.data) return props.children(session.data);
  return <Pending pending={session.isPending} failed={session.isError} />;
}

function Pending({ pending, failed }: { readonly pending: boolean; readonly failed: boolean }) {
  const { t } = useTranslation('rights');
  usePageTitle(t('dashboard.title'));
  return (
    // The page keeps its title while the session is read or cannot be: never a page without h1.
    <PageContainer>
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <div role="status">{pending ? <p>{t('loading.session')}</p> : null}</div>
      {failed ? (
        <Alert severity="error" live>
          {t('loading.sessionFailed')}
        </Alert>
      ) : null}
    </PageContainer>
  );
}
