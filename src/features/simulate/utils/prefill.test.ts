import { describe, expect, it } from 'vitest';
import { prefillFromProfile } from './prefill.ts';

describe('prefillFromProfile', () => {
  it('turns a profile into answers marked as prefilled, leaving unknowns to ask', () => {
    const { answers, prefilled } = prefillFromProfile({
      adults: [{ birthDate: '1990-02-03', activity: 'actif', netSalary: 1450 }],
      children: [{ birthDate: '2019-06-01' }],
      housing: { status: 'locataire_vide', rent: 700 },
    });
    expect(answers).toEqual({
      couple: false,
      nb_enfants: 1,
      statut_occupation_logement: 'locataire_vide',
      loyer: 700,
      'p1.date_naissance': '1990-02-03',
      'p1.activite': 'actif',
      'p1.salaire_net': 1450,
      'e1.date_naissance': '2019-06-01',
    });
    expect(prefilled).toContain('loyer');
    expect(prefilled).not.toContain('zone_apl');
  });
});
