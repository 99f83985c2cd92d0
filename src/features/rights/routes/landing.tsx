// Not logged in: what the space offers, and the FranceConnect button (back here after login).
import { useTranslation } from 'react-i18next';
import { ContentPage } from '../../../shared/components/content-page.tsx';
import { FranceConnectButton } from '../../../shared/ui/franceconnect-button.tsx';

export function Landing({ returnTo = '/droits' }: { readonly returnTo?: string }) {
  const { t } = useTranslation(['pillars', 'common']);
  return (
    <ContentPage namespace="pillars" page="rights">
      <FranceConnectButton
        href={`/auth/login?returnTo=${encodeURIComponent(returnTo)}`}
        label={t('rights.login')}
        infoLabel={t('rights.whatIsFc')}
        newWindowLabel={t('common:newWindow')}
      />
    </ContentPage>
  );
}
