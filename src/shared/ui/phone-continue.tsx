// "Continuer sur mon téléphone": on a kiosk, the address of another site as a QR code and written
// out. Its own chunk (with the QR library), loaded only when a kiosk's visitor touches such a link.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './modal.tsx';
import { QrCode } from './qr-code.tsx';
import './kiosk-tools.css';

export default function PhoneContinue({
  href,
  label,
  onClose,
}: {
  readonly href: string;
  readonly label: string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('kiosk-tools');
  const id = `phone-continue-${useId().replace(/:/g, '')}`;
  return (
    <Modal id={id} title={t('phone.title')} closeLabel={t('phone.close')} open onClose={onClose}>
      <p>{t('phone.intro', { label })}</p>
      <QrCode value={href} alt={t('phone.alt', { label })} />
      <p>{t('phone.address')}</p>
      <p className="d360-address" data-address="">
        {href}
      </p>
    </Modal>
  );
}
