// "Envoyer sur mon téléphone": a QR code of a link whose fragment carries the answers. The
// fragment never reaches a server; the phone reads it back (see simulation-context).
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../../shared/ui/modal.tsx';
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
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    if (!open) return;
    let live = true;
    QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then(
      (s) => {
        if (live) setSvg(s);
      },
      () => undefined, // Too long for a QR code: the link below still works.
    );
    return () => {
      live = false;
    };
  }, [open, url]);
  return (
    <Modal
      id="simulate-phone"
      title={t('phone.title')}
      closeLabel={t('phone.close')}
      open={open}
      onClose={onClose}
    >
      <p>{t('phone.intro')}</p>
      {svg ? (
        <img
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
          alt={t('phone.alt')}
          width={240}
          height={240}
        />
      ) : null}
      <p>{t('phone.link')}</p>
      <p>
        <a href={url}>{url}</a>
      </p>
    </Modal>
  );
}
