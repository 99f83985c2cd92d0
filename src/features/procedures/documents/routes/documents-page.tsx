// /demarches/justificatifs — "Mes justificatifs": add once, reuse in any procedure or message,
// see and delete at any time.
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../../shared/hooks/use-page-title.ts';
import { WithQueries } from '../../../../shared/lib/queries.tsx';
import { Lead, PageContainer, PageTitle, Section } from '../../../../shared/ui/page.tsx';
import { useMe } from '../../forms/api/queries.ts';
import { LoginCallout } from '../../forms/components/login-callout.tsx';
import { useDocuments } from '../api/queries.ts';
import { DocumentList } from '../components/document-list.tsx';
import { UploadDocument } from '../components/upload-document.tsx';

export const DOCUMENTS_PATH = '/demarches/justificatifs';

function Documents() {
  const { t } = useTranslation('procedures-documents');
  usePageTitle(t('title'));
  const me = useMe();
  const docs = useDocuments(!!me.data);
  return (
    <PageContainer>
      <PageTitle>{t('title')}</PageTitle>
      <Lead>{t('lead')}</Lead>
      {me.isPending ? null : me.data ? (
        <>
          <UploadDocument {...(docs.data ? { maxBytes: docs.data.maxBytes } : {})} />
          <Section title={t('list.title')}>
            <DocumentList documents={docs.data?.documents ?? []} />
          </Section>
        </>
      ) : (
        <LoginCallout returnTo={DOCUMENTS_PATH} />
      )}
    </PageContainer>
  );
}

export function DocumentsPage() {
  return (
    <WithQueries>
      <Documents />
    </WithQueries>
  );
}
