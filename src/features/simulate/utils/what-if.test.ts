import { describe, expect, it } from 'vitest';
import { applyChange } from './what-if.ts';

const couple = {
  couple: true,
  'p1.date_naissance': '1985-01-01',
  'p2.date_naissance': '1986-01-01',
  'p2.activite': 'actif',
  'p2.salaire_net': 1500,
  nb_enfants: 1,
  'e1.date_naissance': '2020-01-01',
  statut_occupation_logement: 'proprietaire',
};

describe('what-if changes', () => {
  it('a job sets the activity and salary', () => {
    expect(
      applyChange(
        { 'p1.activite': 'chomeur', 'p1.chomage_net': 800 },
        { kind: 'job', salary: 1100 },
      ),
    ).toEqual({ 'p1.activite': 'actif', 'p1.salaire_net': 1100 });
  });

  it('a separation drops the partner and marks the recent isolation', () => {
    const after = applyChange(couple, { kind: 'separation' });
    expect(after.couple).toBe(false);
    expect(Object.keys(after).some((k) => k.startsWith('p2.'))).toBe(false);
    expect(after.rsa_isolement_recent).toBe(true);
  });

  it('a birth adds a child born on the date given', () => {
    const after = applyChange(couple, { kind: 'birth', date: '2026-11-28' });
    expect(after.nb_enfants).toBe(2);
    expect(after['e2.date_naissance']).toBe('2026-11-28');
  });

  it('a move to a rented home sets the rent, keeping a known zone', () => {
    expect(applyChange(couple, { kind: 'move', rent: 700 })).toMatchObject({
      statut_occupation_logement: 'locataire_vide',
      loyer: 700,
      zone_apl: 'zone_2',
    });
    expect(
      applyChange(
        { statut_occupation_logement: 'locataire_hlm', loyer: 400, zone_apl: 'zone_1' },
        { kind: 'move', rent: 500 },
      ),
    ).toEqual({ statut_occupation_logement: 'locataire_hlm', loyer: 500, zone_apl: 'zone_1' });
  });
});
