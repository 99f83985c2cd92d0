import { describe, expect, it } from 'vitest';
import { handoffUrl, readHandoff } from './fragment.ts';

describe('the summary handed to the phone', () => {
  it('travels in the fragment only and reads back, accents included', () => {
    const url = handoffUrl('https://droits360.example', {
      title: 'Complémentaire santé solidaire',
      lines: [['Référence', 'CPAM-42 é']],
    });
    const u = new URL(url);
    expect(u.search).toBe('');
    expect(u.pathname).toBe('/accompagnement/recapitulatif');
    expect(readHandoff(u.hash)).toEqual({
      title: 'Complémentaire santé solidaire',
      lines: [['Référence', 'CPAM-42 é']],
    });
  });

  it('ignores a fragment that does not read', () => {
    expect(readHandoff('#d=@@@')).toBeUndefined();
    expect(readHandoff('#d=e30')).toBeUndefined();
    expect(readHandoff('')).toBeUndefined();
  });
});
