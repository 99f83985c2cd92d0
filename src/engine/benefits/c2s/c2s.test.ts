// Named C2S scenarios (cmu_c = free C2S, css_participation_forfaitaire = C2S with a monthly
// participation). Expected values are the law's arithmetic: ceiling for one person 10 339 € from
// 1 April 2025 and 10 422 € from 1 April 2026 (10 339 € × 1,008, art. L861-1 and L161-25),
// × 1,5 / 1,8 … by foyer size (R861-3), ×1,35 with participation; resources of the 12 previous
// months; forfait logement 12 % (1 person) or 14 % (2 or more) of the yearly RSA for people
// housed free of charge (R861-5), RSA 646,52 € (2025-04) and 651,69 € (2026-04).
//
// Difference with the reference model (OpenFisca-France 176.0.7): its C2S ceilings stop at
// 10 166 € (1 April 2024), so for 2026-01 and 2026-07 it tests resources against 10 166 € × the
// foyer coefficient where the law says 10 339 € and 10 422 €. Households whose resources fall
// between the two get free C2S here and a participation there (see the 2026-07 scenario).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../index.ts';
import { month } from '../../period.ts';
import { household, type PersonSpec } from '../../household/__fixtures__/builders.ts';
import type { BenefitId, Household, MonthPeriod } from '../../contract.ts';
import { withStates } from '../../household/__fixtures__/states.ts';

const JAN = month(2026, 1);
const JUL = month(2026, 7);
const free = {
  statut_occupation_logement: { '2025': 'loge_gratuitement', '2026': 'loge_gratuitement' },
};
const run = (h: Household, id: BenefitId, m: MonthPeriod = JAN) => simulate(h, m, [id])[0]!;
const single = (spec: PersonSpec) => household([spec], [], free);
const FORFAIT_1P_2026_01 = 12 * 646.52 * 0.12; // 930,99 €

describe('complémentaire santé solidaire', () => {
  it('single, 700 € net a month, housed free of charge: 9 330,99 € ≤ 10 339 €, free C2S', () => {
    const h = single({ id: 'p1', born: '1990-06-01', monthly: { salaire_net: 700 } });
    const r = run(h, 'cmu_c');
    expect(8400 + FORFAIT_1P_2026_01).toBeLessThanOrEqual(10339);
    expect(r.status).toBe('eligible');
    expect(run(h, 'css_participation_forfaitaire').amount).toBe(0);
    expect(r.trace.some((s) => s.value === 10339)).toBe(true);
  });

  it('single aged 35 at 900 € a month: between the ceilings, 14 € a month', () => {
    const h = single({ id: 'p1', born: '1990-06-01', monthly: { salaire_net: 900 } });
    expect(run(h, 'cmu_c').status).toBe('ineligible');
    const r = run(h, 'css_participation_forfaitaire');
    expect(r.status).toBe('eligible');
    expect(r.amount).toBe(14);
  });

  it('2026-07: 10 298,43 € of resources is under the law’s 10 422 € (the reference’s 10 166 € is not)', () => {
    const h = single({ id: 'p1', born: '1990-06-01', monthly: { salaire_net: 780 } });
    const resources = 12 * 780 + 12 * 651.69 * 0.12; // 10 298,43 €
    expect(resources).toBeGreaterThan(10166);
    expect(run(h, 'cmu_c', JUL).status).toBe('eligible');
    expect(run(h, 'css_participation_forfaitaire', JUL).amount).toBe(0);
  });

  it('couple with one child: ceiling × 1,8 = 18 610 €; 22 355,08 € → 14 + 14 + 8 = 36 €', () => {
    const h = household(
      [
        { id: 'p1', born: '1985-01-01', monthly: { salaire_net: 1000 } },
        { id: 'p2', born: '1987-01-01', monthly: { salaire_net: 700 } },
      ],
      [{ id: 'e1', born: '2016-01-01' }],
      free,
    );
    // 20 400 € of salaries + forfait 14 % of the RSA for 3 (646,52 € × 1,8 × 12) = 1 955,08 €
    const r = run(h, 'css_participation_forfaitaire');
    expect(r.amount).toBe(36);
    expect(r.trace.find((s) => s.label.startsWith('Plafond sans'))?.value).toBe(18610);
  });

  it('AAH at the full rate: 68 € a month off the AAH, still above the free ceiling', () => {
    const h = withStates(single({ id: 'p1', born: '1986-01-01' }), 'p1', { taux_incapacite: 0.85 });
    // 3 × (1 016,05 − 68) + 9 × (1 033,32 − 68) + 930,99 = 12 463,02 €: participation 14 €
    expect(run(h, 'cmu_c').status).toBe('ineligible');
    expect(run(h, 'css_participation_forfaitaire').amount).toBe(14);
  });

  it('RSA recipient: free C2S even with high resources earlier in the year', () => {
    const months = (from: number, to: number, v: number) =>
      Object.fromEntries(
        Array.from({ length: to - from + 1 }, (_, i) => [
          `2025-${String(from + i).padStart(2, '0')}`,
          v,
        ]),
      );
    const base = single({ id: 'p1', born: '1990-06-01' });
    const p1 = base.individus.p1!;
    const h: Household = {
      ...base,
      individus: {
        p1: {
          ...p1,
          inputs: {
            ...p1.inputs,
            salaire_net: { ...months(1, 9, 2500), ...months(10, 12, 0), '2026-01': 0 },
          },
        },
      },
    };
    expect(run(h, 'rsa').amount).toBeGreaterThan(0);
    const r = run(h, 'cmu_c');
    expect(r.status).toBe('eligible');
    expect(r.trace.some((s) => s.label.startsWith('Allocataire du RSA'))).toBe(true);
  });

  it('under 25, no child, living on alimony: covered by the parents’ foyer', () => {
    const h = single({
      id: 'p1',
      born: '2004-01-01',
      monthly: { pensions_alimentaires_percues: 300 },
    });
    const r = run(h, 'cmu_c');
    expect(r.status).toBe('ineligible');
    expect(r.reasons[0]?.code).toBe('foyer_parents');
  });
});
