// "Envoyer sur son téléphone": a QR code of a link whose fragment carries the summary; the
// fragment never reaches a server, the phone shows it (page /accompagnement/recapitulatif).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../shared/ui/button.tsx';
import { Modal } from '../../../shared/ui/modal.tsx';
import { handoffUrl, type Handoff } from '../lib/fragment.ts';
import { QrImage } from './qr-image.tsx';

export function PhoneHandoff({ handoff }: { readonly handoff: Handoff }) {
  const { t } = useTranslation('assisted');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        priority="secondary"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('phone.button')}
      </Button>
      <Modal
        id="assisted-phone"
        title={t('phone.title')}
        closeLabel={t('phone.close')}
        open={open}
        onClose={() => {
          setOpen(false);
        }}
      >
        <p>{t('phone.intro')}</p>
        {open ? (
          <QrImage url={handoffUrl(window.location.origin, handoff)} alt={t('phone.alt')} />
        ) : null}
      </Modal>
    </>
  );
}
