// Not logged in: why the portal needs to know who the person is, and FranceConnect. The draft
// stays on the device (except on a shared one), so the login detour loses nothing.
import { useTranslation } from 'react-i18next';
import { FranceConnectButton } from '../../../../shared/ui/franceconnect-button.tsx';
import { Callout } from '../../../../shared/ui/notice.tsx';

export const RETURN_TO = '/demarches/changement-de-situation';

export function LoginPrompt({ draftKept }: { readonly draftKept: boolean }) {
  const { t } = useTranslation('procedures-tell-us-once');
  return (
    <Callout>
      <p>
        <strong>{t('login.title')}</strong>
      </p>
      <p>{t('login.text')}</p>
      <p>{draftKept ? t('login.draftKept') : t('login.draftNotKept')}</p>
      <FranceConnectButton
        href={`/auth/login?returnTo=${encodeURIComponent(RETURN_TO)}`}
        label={t('login.button')}
        infoLabel={t('login.whatIsFc')}
        newWindowLabel={t('login.newWindow')}
      />
    </Callout>
  );
}
