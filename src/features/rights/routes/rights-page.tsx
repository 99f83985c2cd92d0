import { useTranslation } from 'react-i18next';
import { ContentPage } from '../../../shared/components/content-page.tsx';
import { FranceConnectButton } from '../../../shared/ui/franceconnect-button.tsx';

export function RightsPage() {
  const { t } = useTranslation(['pillars', 'common']);
  return (
    <ContentPage namespace="pillars" page="rights">
      <FranceConnectButton
        href="/auth/login"
        label={t('rights.login')}
        infoLabel={t('rights.whatIsFc')}
        newWindowLabel={t('common:newWindow')}
      />
    </ContentPage>
  );
}
