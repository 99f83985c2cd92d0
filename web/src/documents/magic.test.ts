import { describe, expect, it } from 'vitest';
import { claimedType, cleanName, sniff } from './magic.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('sniff', () => {
  it('recognises PDF, PNG and JPEG by their signatures', () => {
    expect(sniff(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    expect(sniff(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
    expect(sniff(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
  });

  it('refuses anything else, including text that starts like a PDF', () => {
    expect(sniff(new TextEncoder().encode('PK\u0003\u0004'))).toBeUndefined();
    expect(sniff(new TextEncoder().encode('%PD'))).toBeUndefined();
    expect(sniff(bytes())).toBeUndefined();
  });
});

describe('names', () => {
  it('reads the claimed type from a known extension only', () => {
    expect(claimedType('avis.PDF')).toBe('pdf');
    expect(claimedType('photo.jpg')).toBe('jpeg');
    expect(claimedType('scan')).toBeUndefined();
    expect(claimedType('notes.txt')).toBeUndefined();
  });

  it('keeps the last path segment and drops control characters and quotes', () => {
    expect(cleanName('C:\\Users\\x\\bail "2026".pdf')).toBe('bail 2026.pdf');
    expect(cleanName('../../etc/passwd')).toBe('passwd');
    expect(cleanName('\u0000')).toBe('justificatif');
  });
});
