// After the agent prepared a mandate: the person reads the summary, then consents on their own
// phone (QR code of the consent page) or on this device; the status is read again until the
// person said yes. Then the printable mandate and the way to act.
import { useTranslation } from 'react-i18next';
import type { MandateCreated } from '../../../shared/contracts/assisted.ts';
import { ButtonAnchor, ButtonLink, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { DownloadLink } from '../../../shared/ui/download-link.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Section } from '../../../shared/ui/page.tsx';
import { useMandate } from '../api/queries.ts';
import { MandateSummary } from './mandate-summary.tsx';
import { QrImage } from './qr-image.tsx';

export function ConsentStep({ created }: { readonly created: MandateCreated }) {
  const { t } = useTranslation('assisted');
  const mandate = useMandate(created.id, { poll: true });
  const active = mandate.data?.status === 'actif';
  const url = `${window.location.origin}${created.consentPath}`;
  return (
    <Section title={t('consentStep.title')}>
      <MandateSummary summary={created.summary} />
      {active ? (
        <>
          <Alert severity="success" live>
            {t('consentStep.done')}
          </Alert>
          <ButtonsGroup>
            <ButtonLink to={`/accompagnement/mandats/${created.id}`}>
              {t('consentStep.act')}
            </ButtonLink>
          </ButtonsGroup>
          <p>
            <DownloadLink
              href={`/api/agent/mandats/${encodeURIComponent(created.id)}/mandat.pdf`}
              label={t('consentStep.pdf')}
              detail={t('consentStep.pdfDetail')}
            />
          </p>
        </>
      ) : (
        <>
          <h3>{t('consentStep.phoneTitle')}</h3>
          <p>{t('consentStep.phone')}</p>
          <QrImage url={url} alt={t('consentStep.qrAlt')} />
          <h3>{t('consentStep.hereTitle')}</h3>
          <p>{t('consentStep.here')}</p>
          <ButtonsGroup>
            <ButtonAnchor href={created.consentPath} priority="secondary">
              {t('consentStep.hereButton')}
            </ButtonAnchor>
          </ButtonsGroup>
          <div role="status">
            <p>{t('consentStep.waiting')}</p>
          </div>
        </>
      )}
    </Section>
  );
}
