// A QR code of an address, drawn as SVG. The `qrcode` library is loaded only when a code is shown
// (its own chunk, precached for offline like every chunk).
import { useEffect, useState } from 'react';

export function QrCode({
  value,
  alt,
  size = 240,
}: {
  readonly value: string;
  readonly alt: string;
  readonly size?: number;
}) {
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((m) => m.default.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then(
        (s) => {
          if (live) setSvg(s);
        },
        () => undefined, // Too long for a QR code: the address written out still works.
      );
    return () => {
      live = false;
    };
  }, [value]);
  if (!svg) return null;
  return (
    <img
      className="d360-qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={alt}
      width={size}
      height={size}
    />
  );
}
