// Not logged in: why the portal needs to know who the person is, and FranceConnect. The draft
// stays on the device (except on a shared one), so the login detour loses nothing.
import { useTranslation } from 'react-i18next';
import { FranceConnectButton } from '../../../../shared/ui/franceconnect-button.tsx';
import { Callout } from '../../../../shared/ui/notice.tsx';

const PAGE = '/demarches/changement-de-situation';

export function LoginPrompt({
  draftKept,
  discreet,
}: {
  readonly draftKept: boolean;
  /** Come back discreet too: the quick exit and the hidden history must survive the login. */
  readonly discreet: boolean;
}) {
  const returnTo = discreet ? `${PAGE}?discret=1` : PAGE;
  const { t } = useTranslation('procedures-tell-us-once');
  return (
    <Callout>
      <p>
        <strong>{t('login.title')}</strong>
      </p>
      <p>{t('login.text')}</p>
      <p>{draftKept ? t('login.draftKept') : t('login.draftNotKept')}</p>
      <FranceConnectButton
        href={`/auth/login?returnTo=${encodeURIComponent(returnTo)}`}
        label={t('login.button')}
        infoLabel={t('login.whatIsFc')}
        newWindowLabel={t('login.newWindow')}
      />
    </Callout>
  );
}
