// The income-tax deductions are read for the incomes of 2022 (housing aids and chèque énergie of
// 2024 look back that far) to 2025, each year from the text that fixed its limits.
import { describe, expect, it } from 'vitest';
import { month } from '../period.ts';
import { abattementFraisPro, abattementPensions } from './impot-deductions.ts';
import { at, valueAt } from './resolve.ts';

const BOUNDS = [abattementFraisPro, abattementPensions];

describe('income-tax deductions by income year', () => {
  it.each([2022, 2023, 2024, 2025])(
    'incomes of %i: a minimum under the maximum, both referenced',
    (y) => {
      const jan = month(y, 1);
      for (const d of BOUNDS) {
        expect(at(d.taux, jan)).toBe(0.1);
        expect(at(d.min, jan)).toBeLessThan(at(d.max, jan));
        for (const p of [d.min, d.max]) {
          expect(valueAt(p, jan).from).toBe(`${y}-01-01`);
          expect(valueAt(p, jan).ref.url).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);
        }
      }
    },
  );

  it('the limits rise with each income year (indexed on the first income-tax bracket)', () => {
    for (const d of BOUNDS)
      for (const p of [d.min, d.max]) {
        const v = p.values.map((r) => r.value);
        expect(v).toEqual([...v].sort((a, b) => a - b));
        expect(new Set(v).size).toBe(v.length);
      }
  });
});
