// Not logged in: why, and FranceConnect. What is typed stays on the device meanwhile (except on
// a shared device), so the login detour loses nothing.
import { useTranslation } from 'react-i18next';
import { FranceConnectButton } from '../../../../shared/ui/franceconnect-button.tsx';
import { Callout } from '../../../../shared/ui/notice.tsx';

export function LoginCallout({
  returnTo,
  draftKept,
}: {
  readonly returnTo: string;
  readonly draftKept?: boolean;
}) {
  const { t } = useTranslation('procedures-forms');
  return (
    <Callout title={t('login.title')}>
      <p>{t('login.text')}</p>
      {draftKept === undefined ? null : (
        <p>{draftKept ? t('login.draftKept') : t('login.draftNotKept')}</p>
      )}
      <FranceConnectButton
        href={`/auth/login?returnTo=${encodeURIComponent(returnTo)}`}
        label={t('login.button')}
        infoLabel={t('login.whatIsFc')}
        newWindowLabel={t('login.newWindow')}
      />
    </Callout>
  );
}
