// "Envoyer sur mon téléphone": a QR code of a link whose fragment carries the answers. The
// fragment never reaches a server; the phone reads it back (see simulation-context).
import { useTranslation } from 'react-i18next';
import { Modal } from '../../../shared/ui/modal.tsx';
import { QrCode } from '../../../shared/ui/qr-code.tsx';
import { useSimulation } from '../hooks/simulation-context.tsx';
import { encodeFragment } from '../utils/fragment.ts';

export function PhoneShare({
  open,
  onClose,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('simulate');
  const { draft } = useSimulation();
  const url = `${window.location.origin}/simuler/resultats#${encodeFragment({ answers: draft.answers, benefits: draft.benefits })}`;
  return (
    <Modal
      id="simulate-phone"
      title={t('phone.title')}
      closeLabel={t('phone.close')}
      open={open}
      onClose={onClose}
    >
      <p>{t('phone.intro')}</p>
      {open ? <QrCode value={url} alt={t('phone.alt')} /> : null}
      <p>{t('phone.link')}</p>
      <p>
        <a href={url}>{url}</a>
      </p>
    </Modal>
  );
}
