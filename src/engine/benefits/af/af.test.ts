// The complément dégressif of the allocations familiales, worked out by hand: BMAF 474,37 €
// (April 2025), 2 children: 32 % = 151,80 €; 2026 ceilings 79 980 € and 106 604 € (D521-3,
// instruction of 18 December 2025); resources = taxable salary × 12 × 0,9 (R532-3).
import { describe, expect, it } from 'vitest';
import { household } from '../../household/__fixtures__/builders.ts';
import { simulate } from '../../index.ts';
import { month } from '../../period.ts';

const twoChildren = [
  { id: 'e1', born: '2016-05-01' },
  { id: 'e2', born: '2019-05-01' },
];
const af = (salaireImposable: number) =>
  simulate(
    household(
      [{ id: 'p1', born: '1985-01-01', monthly: { salaire_imposable: salaireImposable } }],
      twoChildren,
    ),
    month(2026, 1),
    ['af'],
  )[0]!;

describe('allocations familiales, complément dégressif', () => {
  it('49 € a month over the first ceiling: half rate plus 75,90 − 49 = 26,90 €', () => {
    // 7 460 × 12 × 0,9 = 80 568 €; (80 568 − 79 980) ÷ 12 = 49 €
    const r = af(7460);
    expect(r.amount).toBeCloseTo(75.9 + 26.9, 2);
    expect(r.trace.find((s) => s.label === 'Complément dégressif')?.value).toBeCloseTo(26.9, 2);
    expect(r.trace.every((s) => s.ref !== undefined)).toBe(true);
  });

  it('far enough above the ceiling: the half rate alone', () => {
    // 7 700 × 12 × 0,9 = 83 160 €: excess 265 € a month > 75,90 €
    expect(af(7700).amount).toBeCloseTo(75.9, 2);
  });

  it('just above the second ceiling: quarter rate plus the dégressif', () => {
    // 9 880 × 12 × 0,9 = 106 704 €; excess (106 704 − 106 604) ÷ 12 = 8,33 €; 37,95 − 8,33 = 29,62 €
    const r = af(9880);
    expect(r.amount).toBeCloseTo(37.95 + 37.95 - 100 / 12, 2);
  });
});
