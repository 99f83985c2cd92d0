import { describe, expect, it } from 'vitest';
import { documentsFor } from './documents.ts';
import { money, traceValue } from './format.ts';

const words = { yes: 'oui', no: 'non', months: 'mois', years: 'ans' };
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting', () => {
  it('writes euros the French way', () => {
    expect(nbsp(money(1234.5))).toBe('1 234,50 €');
  });

  it('formats trace values by unit', () => {
    expect(nbsp(traceValue({ label: 'x', value: 0.38, unit: 'rate' }, 'fr', words))).toBe('38 %');
    expect(traceValue({ label: 'x', value: 3, unit: 'months' }, 'fr', words)).toBe('3 mois');
    expect(traceValue({ label: 'x', value: true }, 'fr', words)).toBe('oui');
  });

  it('lists documents once each, identity and bank details first', () => {
    expect(documentsFor(['rsa', 'aide_logement'])).toEqual([
      'identity',
      'bank',
      'income',
      'rent',
      'tax',
    ]);
  });
});
