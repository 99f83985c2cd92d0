// The attestation of rights (PDF built by the server from the same data). Not offered on a
// shared device: the file would stay in its downloads.
import { useTranslation } from 'react-i18next';
import { DownloadLink } from '../../../shared/ui/download-link.tsx';
import { Panel } from '../../../shared/ui/panel.tsx';
import { isSharedDevice } from '../lib/kiosk.ts';

export function AttestationPanel({ tools }: { readonly tools: React.ReactNode }) {
  const { t } = useTranslation('rights');
  return (
    <Panel id="attestation" title={t('attestation.title')} tools={tools}>
      <p>{t('attestation.lead')}</p>
      {isSharedDevice() ? (
        <p>{t('attestation.sharedDevice')}</p>
      ) : (
        <DownloadLink
          href="/api/me/attestation.pdf"
          label={t('attestation.download')}
          detail={t('attestation.detail')}
          fileName="attestation-droits360.pdf"
        />
      )}
    </Panel>
  );
}
