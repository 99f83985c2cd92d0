import { useTranslation } from 'react-i18next';
import { ButtonLink, ButtonsGroup } from '../shared/ui/button.tsx';
import { Lead, PageContainer, PageTitle } from '../shared/ui/page.tsx';
import { usePageTitle } from '../shared/hooks/use-page-title.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <PageContainer>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Lead>{t('notFound.text')}</Lead>
      <p>{t('notFound.hint')}</p>
      <ButtonsGroup>
        <ButtonLink to="/">{t('notFound.home')}</ButtonLink>
        <ButtonLink to="/plan-du-site" priority="secondary">
          {t('notFound.sitemap')}
        </ButtonLink>
      </ButtonsGroup>
    </PageContainer>
  );
}
