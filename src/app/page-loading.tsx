import { useTranslation } from 'react-i18next';
import { PageContainer } from '../shared/ui/page.tsx';

/** Shown while a route's code loads; announced politely, never a blank screen. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <PageContainer>
      <p role="status">{t('loading')}</p>
    </PageContainer>
  );
}
