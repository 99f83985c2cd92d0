// A QR code of an address (the shared generator, loaded only when one is shown), with the address
// written out below: a person can type it, a screen reader reads it.
import { QrCode } from '../../../shared/ui/qr-code.tsx';

export function QrImage({ url, alt }: { readonly url: string; readonly alt: string }) {
  return (
    <>
      <QrCode value={url} alt={alt} size={220} />
      <p>
        <a href={url}>{url}</a>
      </p>
    </>
  );
}
