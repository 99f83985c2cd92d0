// Not logged in: why alerts need a login, the FranceConnect button (back to the same page), and
// the genuine-message check, which anyone holding an e-mail may want.
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { FranceConnectButton } from '../../../shared/ui/franceconnect-button.tsx';
import { Lead, PageContainer, PageTitle, TextLink } from '../../../shared/ui/page.tsx';

export function LoginLanding({
  title,
  returnTo,
}: {
  /** The page's own title: each alerts page keeps its name before the login. */
  readonly title: string;
  readonly returnTo: string;
}) {
  const { t } = useTranslation(['alerts', 'common']);
  usePageTitle(title);
  return (
    <PageContainer>
      <PageTitle>{title}</PageTitle>
      <Lead>{t('landing.lead')}</Lead>
      <p>{t('landing.why')}</p>
      <FranceConnectButton
        href={`/auth/login?returnTo=${encodeURIComponent(returnTo)}`}
        label={t('landing.login')}
        infoLabel={t('landing.whatIsFc')}
        newWindowLabel={t('common:newWindow')}
      />
      <p>
        <TextLink to="/alertes/verifier">{t('landing.verify')}</TextLink>
      </p>
    </PageContainer>
  );
}
