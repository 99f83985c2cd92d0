// Reads an .eml file the way a mail client shows it: headers unfolded and their encoded words
// (RFC 2047) decoded, and the quoted-printable bodies decoded to UTF-8 text.
const qp = (s: string) =>
  Buffer.from(
    s
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

const words = (s: string) =>
  s.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : qp(text.replace(/_/g, ' ')),
  );

export interface ReadMail {
  readonly headers: Map<string, string>;
  /** Every part's decoded text (plain text and HTML). */
  readonly body: string;
}

export function readEml(raw: string): ReadMail {
  const split = raw.indexOf('\n\n');
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).toLowerCase(), words(line.slice(colon + 1).trim()));
  }
  return { headers, body: qp(raw.slice(split + 2)) };
}
