// Named scenarios for the PAJE prime à la naissance. Expected values by hand from the law:
// 229,75 % of the BMAF (D531-2), paid the calendar month two months before the birth
// (L531-2), under the PAJE partial-rate ceiling of 2026: 29 694 € × (1 + 25 % per child for
// the first two + 30 % from the third) + 11 936 € for two incomes or a lone parent (R531-1).
import { describe, expect, it } from 'vitest';
import { household, type PersonSpec } from '../../household/__fixtures__/builders.ts';
import { simulate } from '../../index.ts';
import { month } from '../../period.ts';

const lone = (salaireImposable: number): PersonSpec[] => [
  { id: 'p1', born: '1992-01-01', monthly: { salaire_imposable: salaireImposable } },
];
const expectedInMarch: PersonSpec = { id: 'e1', born: '2026-03-15' };
const prime = (parents: PersonSpec[], children: PersonSpec[], m = month(2026, 1)) =>
  simulate(household(parents, children), m, ['paje_naissance'])[0]!;

describe('prime à la naissance', () => {
  it('a birth expected in March 2026 is paid in January 2026: 229,75 % of 474,37 €', () => {
    const r = prime(lone(1500), [expectedInMarch]);
    expect(r.status).toBe('eligible');
    expect(r.amount).toBeCloseTo(1089.87, 2);
    expect(r.trace.every((s) => s.ref !== undefined)).toBe(true);
  });

  it('twins: twice the prime', () => {
    const r = prime(lone(1500), [expectedInMarch, { id: 'e2', born: '2026-03-15' }]);
    expect(r.amount).toBeCloseTo(2 * 1089.87, 2);
  });

  it('is not paid in other months', () => {
    const r = prime(lone(1500), [expectedInMarch], month(2026, 2));
    expect(r.amount).toBe(0);
    expect(r.reasons[0]?.code).toBe('pas_de_naissance_attendue');
  });

  it('resources above the ceiling: not granted', () => {
    // lone parent, 1 child to come: 29 694 × 1,25 + 11 936 = 49 053,50 €; 5 000 € × 12 × 0,9 = 54 000 €
    const r = prime(lone(5000), [expectedInMarch]);
    expect(r.status).toBe('ineligible');
    expect(r.reasons[0]?.code).toBe('ressources');
  });

  it('the children already there raise the ceiling', () => {
    // + 2 children: 29 694 × (1 + 0,5 + 0,3) + 11 936 = 65 385,20 € ≥ 54 000 €
    const r = prime(lone(5000), [
      { id: 'e0', born: '2018-01-01' },
      { id: 'e00', born: '2020-01-01' },
      expectedInMarch,
    ]);
    expect(r.amount).toBeCloseTo(1089.87, 2);
  });
});
