// /droits for a logged-in person: greeting, tools (my data, logout), then the dashboard.
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import type { Session } from '../api/http.ts';
import { useRights } from '../api/queries.ts';
import { AccountTools } from '../components/account-tools.tsx';
import { Dashboard } from '../components/dashboard.tsx';
import { WithSession } from './with-session.tsx';

export function DashboardPage() {
  return <WithSession returnTo="/droits">{(session) => <Content session={session} />}</WithSession>;
}

function Content({ session }: { readonly session: Session }) {
  const { t } = useTranslation('rights');
  usePageTitle(t('dashboard.title'));
  const rights = useRights();
  const name = rights.data?.person.givenName ?? session.user.given_name ?? '';
  return (
    <PageContainer>
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <Lead>{t('dashboard.lead', { name })}</Lead>
      <AccountTools session={session} />
      <div role="status" data-testid="rights-status">
        {rights.isPending ? <p>{t('loading.rights')}</p> : null}
        {rights.isSuccess ? (
          <p>{t('dashboard.loaded', { count: rights.data.organisations.length })}</p>
        ) : null}
      </div>
      {rights.isError ? (
        <Alert severity="error" live>
          {t('loading.rightsFailed')}
        </Alert>
      ) : null}
      {rights.data ? <Dashboard data={rights.data} session={session} /> : null}
    </PageContainer>
  );
}
