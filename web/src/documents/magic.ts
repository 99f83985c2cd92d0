// The type of a file from its first bytes: a name or a browser-declared type proves nothing.
// Decision (docs/adr): a file whose known extension contradicts its content (a PNG named
// .pdf) is refused, because the organisation would receive something else than what the person
// believes they sent; a file without a known extension takes the type of its content.
import type { DocumentType } from '../../../src/shared/contracts/documents.ts';

const SIGNATURES: readonly (readonly [DocumentType, readonly number[]])[] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
];

/** How many leading bytes sniff() needs. */
export const SNIFF_BYTES = 8;

export function sniff(head: Uint8Array): DocumentType | undefined {
  return SIGNATURES.find(([, sig]) => sig.every((b, i) => head[i] === b))?.[0];
}

const EXTENSIONS: Readonly<Record<string, DocumentType>> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
};

/** The type the name claims, when it ends with an extension we know. */
export function claimedType(name: string): DocumentType | undefined {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : EXTENSIONS[ext];
}

/** A name safe to show and to put in a Content-Disposition header. */
export function cleanName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  // Bidirectional controls (U+202A–202E, U+2066–2069, marks) can make a name such as
  // "facture<RLO>fdp.exe" read as something else; removed with the other control characters.
  const cleaned = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  return (cleaned || 'justificatif').slice(-120);
}
