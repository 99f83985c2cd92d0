// Named scenarios for the prime d'activité, worked out by hand from the law (D843-1 to D843-3,
// R844-3; amounts in src/engine/parameters/ppa.ts with their decrees). A single person who owns
// their home, earning 1 200 € net a month, no other income:
//   forfait logement 12 % of the montant forfaitaire (home owned, no rent);
//   bonus = max × (1 200 − 59 h SMIC) ÷ (ceiling − 59 h SMIC), ceiling 120 h then 138 h.
// January 2026 (Oct–Dec 2025: 633,21 €, 59,85 %, SMIC 11,88 €, max 29,101 %):
//   633,21 + 126,91 + 0,5985 × 1 200 − (1 200 + 75,99) = 202,33 €.
// July 2026 (Apr–Jun 2026: 638,28 €, max 37,7 % up to 138 h; SMIC 12,02 € then 12,31 € in June):
//   April and May 204,26 €, June 197,10 €: mean 201,88 €.
import { describe, expect, it } from 'vitest';
import { household, type PersonSpec } from '../../household/__fixtures__/builders.ts';
import { simulate } from '../../index.ts';
import { month } from '../../period.ts';

const owner = { statut_occupation_logement: { '2025': 'proprietaire', '2026': 'proprietaire' } };
const single = (monthly: Record<string, number>): PersonSpec[] => [
  { id: 'p1', born: '1995-01-01', monthly },
];
const ppa = (parents: PersonSpec[], m = month(2026, 1), children: PersonSpec[] = []) =>
  simulate(household(parents, children, owner), m, ['ppa'])[0]!;

describe('prime d’activité', () => {
  it('single owner earning 1 200 € net, January 2026: 202,33 €', () => {
    const r = ppa(single({ salaire_net: 1200 }));
    expect(r.status).toBe('eligible');
    expect(r.amount).toBeCloseTo(202.33, 1);
    expect(r.trace.filter((s) => s.label.startsWith('Prime calculée pour'))).toHaveLength(3);
    expect(r.trace.every((s) => s.ref !== undefined)).toBe(true);
    expect(r.trace.flatMap((s) => s.steps ?? []).every((s) => s.ref !== undefined)).toBe(true);
  });

  it('the same in July 2026: the April 2026 bonus reform and the June SMIC, month by month', () => {
    const r = ppa(single({ salaire_net: 1200 }), month(2026, 7));
    expect(r.amount).toBeCloseTo(201.88, 1);
    const june = r.trace.find((s) => s.label === 'Prime calculée pour 2026-06');
    expect(june?.value).toBeCloseTo(197.1, 1);
  });

  it('May 2025: February and March with the 2024 law (622,63 €, 61 %), April with the 2025 one', () => {
    // 622,63 + 126,41 + 0,61 × 1 200 − (1 200 + 74,72) = 204,70 € (February, March);
    // April: 633,21 €, 59,85 % → 202,33 €; mean 203,91 €
    const r = ppa(single({ salaire_net: 1200 }), month(2025, 5));
    expect(r.amount).toBeCloseTo(203.91, 1);
    const april = r.trace.find((s) => s.label === 'Prime calculée pour 2025-04');
    expect(april?.value).toBeCloseTo(202.33, 1);
  });

  it('no activity income in the quarter: not granted, and says why', () => {
    const r = ppa(single({ chomage_net: 900 }));
    expect(r.status).toBe('ineligible');
    expect(r.reasons[0]?.code).toBe('pas_de_revenu_activite');
  });

  it('a high salary leaves nothing to pay', () => {
    const r = ppa(single({ salaire_net: 3000 }));
    expect(r.amount).toBe(0);
    expect(r.reasons[0]?.code).toBe('ressources');
  });

  it('a student earning less than 55 % of the SMIC each month is not eligible', () => {
    const h = household(single({ salaire_net: 500 }), [], owner);
    const p1 = h.individus.p1!;
    const etudiant = { '2025': 'etudiant', '2026': 'etudiant' };
    const student = {
      ...h,
      individus: { p1: { ...p1, inputs: { ...p1.inputs, activite: etudiant } } },
    };
    const r = simulate(student, month(2026, 1), ['ppa'])[0]!;
    expect(r.status).toBe('ineligible');
    expect(r.reasons[0]?.code).toBe('pas_de_revenu_activite');
    // The same earnings outside studies open the right.
    expect(ppa(single({ salaire_net: 500 })).amount).toBeGreaterThan(15);
  });

  it('a recently isolated parent gets the majoré amount; the ASF counts as a flat 22,5 % of the BMAF', () => {
    // 633,21 × (128,412 % + 42,804 %) = 1 084,16; bonus for 1 000 € = 76,05; forfait logement
    // (2 persons, owner) 633,21 × 1,5 × 16 % = 151,97; ASF counted 0,225 × 474,37 = 106,73:
    // 1 084,16 + 76,05 + 598,50 − (1 000 + 106,73 + 151,97) = 500,00 € each month.
    const h = household(single({ salaire_net: 1000 }), [{ id: 'e1', born: '2020-06-01' }], owner);
    const isolated = {
      ...h,
      famille: { ...h.famille, inputs: { rsa_isolement_recent: { '2025': true, '2026': true } } },
    };
    const r = simulate(isolated, month(2026, 1), ['ppa'])[0]!;
    expect(r.amount).toBeCloseTo(500.0, 1);
    const october = r.trace.find((s) => s.label === 'Prime calculée pour 2025-10');
    expect(october?.steps?.[0]?.label).toContain('majoré');
  });
});
