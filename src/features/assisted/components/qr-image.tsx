// A QR code of an address, drawn by the app's QR generator loaded only when one is shown, with
// the address written out below (a person can type it, a screen reader reads it).
import { useEffect, useState } from 'react';

export function QrImage({ url, alt }: { readonly url: string; readonly alt: string }) {
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((m) => m.default.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then(
        (s) => {
          if (live) setSvg(s);
        },
        () => undefined, // too long for a QR code: the written address still works
      );
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <>
      {svg ? (
        <img
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
          alt={alt}
          width={220}
          height={220}
          data-testid="qr-code"
        />
      ) : null}
      <p>
        <a href={url}>{url}</a>
      </p>
    </>
  );
}
