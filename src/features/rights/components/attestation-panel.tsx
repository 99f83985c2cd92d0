// The attestation of rights (PDF built by the server from the same data). On a shared device it
// is never downloaded (the file would stay in its downloads): a kiosk whose reception area has a
// printer prints it instead, through the browser's print of the PDF held in memory.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMayPrint } from '../../../shared/hooks/use-device-capabilities.ts';
import { printPdf } from '../../../shared/lib/print-pdf.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DownloadLink } from '../../../shared/ui/download-link.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Panel } from '../../../shared/ui/panel.tsx';
import { ATTESTATION_URL, fetchAttestation } from '../api/attestation.ts';
import { isSharedDevice } from '../lib/kiosk.ts';

function PrintAttestation() {
  const { t } = useTranslation(['kiosk-tools', 'rights']);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  return (
    <>
      <Button
        priority="primary"
        disabled={state === 'loading'}
        onClick={() => {
          setState('loading');
          fetchAttestation().then(
            (pdf) => {
              printPdf(pdf, t('rights:attestation.title'));
              setState('idle');
            },
            () => {
              setState('failed');
            },
          );
        }}
      >
        {t('print.attestation')}
      </Button>
      {state === 'loading' ? <p role="status">{t('print.attestationLoading')}</p> : null}
      {state === 'failed' ? (
        <Alert severity="error" live>
          {t('print.attestationFailed')}
        </Alert>
      ) : null}
    </>
  );
}

export function AttestationPanel({ tools }: { readonly tools: React.ReactNode }) {
  const { t } = useTranslation('rights');
  const mayPrint = useMayPrint();
  const shared = isSharedDevice();
  return (
    <Panel id="attestation" title={t('attestation.title')} tools={tools}>
      <p>{t('attestation.lead')}</p>
      {shared && mayPrint ? <PrintAttestation /> : null}
      {shared && !mayPrint ? <p>{t('attestation.sharedDevice')}</p> : null}
      {shared ? null : (
        <DownloadLink
          href={ATTESTATION_URL}
          label={t('attestation.download')}
          detail={t('attestation.detail')}
          fileName="attestation-droits360.pdf"
        />
      )}
    </Panel>
  );
}
