import { describe, expect, it } from 'vitest';
import { applyTargets } from './apply.ts';

describe('where to apply', () => {
  it('offers CAF and MSA for family and housing benefits', () => {
    const t = applyTargets({ id: 'af', paidBy: ['caf', 'msa'] }, 'fr');
    expect(t.map((x) => x.id)).toEqual(['caf-demande-prestation', 'msa-mon-espace']);
    expect(t[0]!.url).toMatch(/^https:\/\/www\.caf\.fr\//);
  });

  it('sends C2S to Assurance Maladie, AAH to the MDPH then CAF or MSA and ASPA to the pension funds', () => {
    expect(applyTargets({ id: 'cmu_c', paidBy: ['cpam'] }, 'fr').map((x) => x.id)).toEqual([
      'ameli-css',
    ]);
    expect(applyTargets({ id: 'aah', paidBy: ['caf', 'msa'] }, 'fr').map((x) => x.id)).toEqual([
      'mdph-en-ligne',
      'caf-demande-prestation',
      'msa-mon-espace',
    ]);
    expect(
      applyTargets({ id: 'aspa', paidBy: ['carsat', 'cnav', 'msa'] }, 'en').map((x) => x.id),
    ).toEqual(['assurance-retraite-aspa', 'msa-mon-espace']);
  });
});
