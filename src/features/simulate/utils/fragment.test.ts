import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment } from './fragment.ts';

describe('answers in the URL fragment', () => {
  it('round-trips answers with accents and numbers', () => {
    const sim = {
      answers: {
        couple: false,
        loyer: 720.5,
        statut_occupation_logement: 'locataire_vide',
        note: 'é',
      },
      benefits: ['rsa'],
    };
    const hash = `#${encodeFragment(sim)}`;
    expect(hash).toMatch(/^#r=[A-Za-z0-9_-]+$/);
    expect(decodeFragment(hash)).toEqual(sim);
  });

  it('ignores a missing or tampered fragment', () => {
    expect(decodeFragment('')).toBeUndefined();
    expect(decodeFragment('#r=%%%')).toBeUndefined();
    expect(decodeFragment(`#r=${btoa('{"v":2,"a":{}}')}`)).toBeUndefined();
    expect(decodeFragment(`#r=${btoa('{"v":1,"a":{"x":{"nested":1}}}')}`)).toBeUndefined();
  });
});
