import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../shared/ui/notice.tsx';
import { ButtonsGroup, Button, ButtonLink } from '../shared/ui/button.tsx';
import { PageContainer, PageTitle } from '../shared/ui/page.tsx';
import { usePageTitle } from '../shared/hooks/use-page-title.ts';
import { NotFoundPage } from './not-found.tsx';

/** Error boundary of every route: a helpful message and a way out, never a blank screen. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  usePageTitle(t('error.title'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <PageContainer>
      <PageTitle>{t('error.title')}</PageTitle>
      <Alert severity="error" live>
        <p>{t('error.text')}</p>
        <p>{t('error.offlineHint')}</p>
      </Alert>
      <ButtonsGroup>
        <Button
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('error.retry')}
        </Button>
        <ButtonLink to="/" priority="secondary">
          {t('error.home')}
        </ButtonLink>
      </ButtonsGroup>
    </PageContainer>
  );
}
