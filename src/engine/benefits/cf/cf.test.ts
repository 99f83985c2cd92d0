// Named scenarios for the complément familial. Expected values are worked out by hand from
// the law: BMAF 474,37 € (April 2025), CF 41,65 % / 62,48 % of the BMAF (D522-1, D522-2),
// 2026 ceiling 24 853 € without child, +25 % for each of the first two children, +30 % from
// the third, +9 989 € for two incomes or a lone parent (R522-2, instruction of 18 Dec 2025).
import { describe, expect, it } from 'vitest';
import { household, type PersonSpec } from '../../household/__fixtures__/builders.ts';
import { simulate } from '../../index.ts';
import { month } from '../../period.ts';

const JAN_2026 = month(2026, 1);
const BMAF = 474.37;
const CEILING_3_CHILDREN = 24853 * 1.8; // couple with one income: no majoration

const threeChildren: PersonSpec[] = [
  { id: 'e1', born: '2013-06-01' },
  { id: 'e2', born: '2017-06-01' },
  { id: 'e3', born: '2020-06-01' },
];
const couple = (salaireImposable: number): PersonSpec[] => [
  { id: 'p1', born: '1985-01-01', monthly: { salaire_imposable: salaireImposable } },
  { id: 'p2', born: '1986-01-01' },
];
const cf = (parents: PersonSpec[], children: PersonSpec[]) =>
  simulate(household(parents, children), JAN_2026, ['cf'])[0]!;

describe('complément familial', () => {
  it('three children aged 3+, resources under half the ceiling: the higher amount (62,48 %)', () => {
    // 2 000 € × 12 × 0,9 = 21 600 € ≤ 44 735,40 € × 50 %
    const r = cf(couple(2000), threeChildren);
    expect(r.status).toBe('eligible');
    expect(r.amount).toBeCloseTo(0.6248 * BMAF, 2);
    expect(r.trace.every((s) => s.ref !== undefined)).toBe(true);
  });

  it('resources between half the ceiling and the ceiling: the normal amount (41,65 %)', () => {
    // 3 000 € × 12 × 0,9 = 32 400 €
    expect(cf(couple(3000), threeChildren).amount).toBeCloseTo(0.4165 * BMAF, 2);
  });

  it('just above the ceiling: the differential amount', () => {
    // 4 250 € × 12 × 0,9 = 45 900 €; (44 735,40 + 12 × 197,575 − 45 900) ÷ 12 = 100,53 €
    const r = cf(couple(4250), threeChildren);
    const expected = (CEILING_3_CHILDREN + 12 * 0.4165 * BMAF - 45900) / 12;
    expect(r.amount).toBeCloseTo(expected, 2);
    expect(r.amount).toBeCloseTo(100.53, 2);
    expect(r.trace.some((s) => s.label.includes('différentiel'))).toBe(true);
  });

  it('far above the ceiling: not granted, resources named', () => {
    const r = cf(couple(8000), threeChildren);
    expect(r.status).toBe('ineligible');
    expect(r.reasons[0]?.code).toBe('ressources');
  });

  it('a lone parent gets the 9 989 € majoration of the ceiling', () => {
    // 4 250 € → 45 900 € ≤ 44 735,40 + 9 989 = 54 724,40 €: normal amount
    const r = cf(
      [{ id: 'p1', born: '1985-01-01', monthly: { salaire_imposable: 4250 } }],
      threeChildren,
    );
    expect(r.amount).toBeCloseTo(0.4165 * BMAF, 2);
  });

  it('only two children aged 3 or more: not granted', () => {
    const r = cf(couple(2000), [...threeChildren.slice(0, 2), { id: 'e3', born: '2024-06-01' }]);
    expect(r.status).toBe('ineligible');
    expect(r.reasons[0]?.code).toBe('moins_de_trois_enfants');
    expect(r.reasons[0]?.ref?.url).toMatch(/^https:/);
  });

  it('not paid together with the PAJE allocation de base', () => {
    const r = cf(couple(2000), [...threeChildren, { id: 'e4', born: '2025-03-01' }]);
    expect(r.amount).toBe(0);
    expect(r.reasons[0]?.code).toBe('cumul_paje_base');
  });

  it('a child without a birth date: incomplete, and the birth date is asked', () => {
    const h = household(couple(2000), threeChildren);
    const e3 = h.individus.e3!;
    const withoutBirth = { ...h, individus: { ...h.individus, e3: { ...e3, inputs: {} } } };
    const r = simulate(withoutBirth, JAN_2026, ['cf'])[0]!;
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual([{ variable: 'date_naissance', entity: 'individu', id: 'e3' }]);
  });
});
