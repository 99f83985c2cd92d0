// /droits/mes-donnees: what the portal holds about the person and where it came from, the
// JSON export, and the erasure of what the portal itself stores (after a confirmation).
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle, TextLink } from '../../../shared/ui/page.tsx';
import type { Session } from '../api/http.ts';
import { usePersonalData } from '../api/queries.ts';
import { DataInventory } from '../components/data-inventory.tsx';
import { DataErasure } from '../components/data-erasure.tsx';
import { DataExport } from '../components/data-export.tsx';
import { WithSession } from './with-session.tsx';

export function MyDataPage() {
  return (
    <WithSession returnTo="/droits/mes-donnees">
      {(session) => <Content session={session} />}
    </WithSession>
  );
}

function Content({ session }: { readonly session: Session }) {
  const { t } = useTranslation('rights');
  usePageTitle(t('myData.title'));
  const data = usePersonalData();
  return (
    <PageContainer>
      <PageTitle>{t('myData.title')}</PageTitle>
      <Lead>{t('myData.lead')}</Lead>
      <p>
        <TextLink to="/droits">{t('myData.back')}</TextLink>
      </p>
      <p>
        <TextLink to="/mes-mandats">{t('myData.mandates')}</TextLink>
      </p>
      <div role="status">{data.isPending ? <p>{t('myData.loading')}</p> : null}</div>
      {data.isError ? (
        <Alert severity="error" live>
          {t('myData.failed')}
        </Alert>
      ) : null}
      {data.data ? <DataInventory data={data.data} /> : null}
      <DataExport />
      <DataErasure session={session} />
    </PageContainer>
  );
}
