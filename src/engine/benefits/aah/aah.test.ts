// Named AAH scenarios. Expected values are the law's arithmetic: full rate 1 033,32 € from
// 1 April 2025 and 1 041,59 € from 1 April 2026 (décrets 2025-297 and 2026-229), ceiling raised
// by 50 % per dependent child (D821-2), work income allowances of D821-9 (80 % up to 30 % of the
// yearly SMIC, 40 % above), 30 % off when the activity stopped (R532-5). SMIC: 12,02 € in 2026-01.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../index.ts';
import { month } from '../../period.ts';
import { household, type PersonSpec } from '../../household/__fixtures__/builders.ts';
import { withStates } from '../../household/__fixtures__/states.ts';
import type { Household } from '../../contract.ts';

const JAN_2026 = month(2026, 1);
const JUL_2026 = month(2026, 7);
const FULL_2026_01 = 1033.32;
const SMIC_YEAR_2026_01 = 12 * 12.02 * 151.67;
/** D821-9 allowances on a yearly work income. */
const afterAllowance = (yearly: number) => {
  const lower = Math.min(0.3 * SMIC_YEAR_2026_01, yearly);
  return 0.2 * lower + 0.6 * (yearly - lower);
};
const aah = (h: Household, m = JAN_2026) => simulate(h, m, ['aah'])[0]!;
const disabled = (spec: PersonSpec, taux = 0.85, more: Record<string, boolean | string> = {}) =>
  withStates(household([spec]), spec.id, { taux_incapacite: taux, ...more });

describe('allocation aux adultes handicapés', () => {
  it('80 % incapacity, no income: the full rate, revalued on 1 April 2026', () => {
    const h = disabled({ id: 'p1', born: '1990-03-01' });
    const jan = aah(h);
    expect(jan.status).toBe('eligible');
    expect(jan.amount).toBeCloseTo(FULL_2026_01, 2);
    expect(jan.byIndividu).toEqual({ p1: FULL_2026_01 });
    expect(aah(h, JUL_2026).amount).toBeCloseTo(1041.59, 2);
    expect(jan.trace.every((s) => s.ref !== undefined)).toBe(true);
  });

  it('works in the month: 3 previous months of net pay ×4, after the D821-9 allowances', () => {
    const h = disabled({
      id: 'p1',
      born: '1985-01-01',
      monthly: { salaire_net: 1200, salaire_imposable: 1240 },
    });
    const resources = afterAllowance(4 * 3 * 1200) / 12;
    expect(aah(h).amount).toBeCloseTo(FULL_2026_01 - resources, 2); // ≈ 532,09 €
  });

  it('the spouse’s income no longer counts (déconjugalisation, 1 October 2023)', () => {
    let h = household([
      { id: 'p1', born: '1980-01-01' },
      { id: 'p2', born: '1980-01-01', monthly: { salaire_net: 3000, salaire_imposable: 3100 } },
    ]);
    h = withStates(h, 'p1', { taux_incapacite: 0.9 });
    const r = aah(h);
    expect(r.amount).toBeCloseTo(FULL_2026_01, 2);
    expect(r.byIndividu).toEqual({ p1: FULL_2026_01, p2: 0 });
  });

  it('children raise the ceiling by 50 % each', () => {
    let h = household(
      [{ id: 'p1', born: '1980-01-01', monthly: { salaire_net: 1800, salaire_imposable: 1850 } }],
      [{ id: 'e1', born: '2015-01-01' }],
    );
    h = withStates(h, 'p1', { taux_incapacite: 0.8 });
    const resources = afterAllowance(4 * 3 * 1800) / 12; // ≈ 861,23 €: 688,75 € instead of 172,09 € without the child
    expect(aah(h).amount).toBeCloseTo(Math.min(FULL_2026_01, 1.5 * FULL_2026_01 - resources), 2);
  });

  it('not working: taxable incomes of N-2, 30 % off unemployment benefit for cessation', () => {
    const h = disabled({ id: 'p1', born: '1975-01-01', monthly: { chomage_imposable: 1000 } });
    const resources = (0.7 * afterAllowance(12 * 1000)) / 12; // ≈ 266,86 €
    expect(aah(h).amount).toBeCloseTo(FULL_2026_01 - resources, 2);
  });

  it('past the retirement age with 80 %: differential AAH on top of the pension (N-2)', () => {
    const h = disabled({
      id: 'p1',
      born: '1955-01-01',
      monthly: { retraite_imposable: 800, retraite_nette: 760 },
    });
    expect(aah(h).amount).toBeCloseTo(FULL_2026_01 - 800, 2);
  });

  it('50 to 79 %: needs the restriction of access to employment, and stops at 64', () => {
    const without = aah(disabled({ id: 'p1', born: '1980-01-01' }, 0.6));
    expect(without.status).toBe('incomplete');
    expect(without.missing).toEqual([
      {
        variable: 'aah_restriction_substantielle_durable_acces_emploi',
        entity: 'individu',
        id: 'p1',
      },
    ]);
    const refused = aah(
      disabled({ id: 'p1', born: '1980-01-01' }, 0.6, {
        aah_restriction_substantielle_durable_acces_emploi: false,
      }),
    );
    expect(refused.status).toBe('ineligible');
    expect(refused.reasons[0]?.code).toBe('incapacite');
    const rsdae = { aah_restriction_substantielle_durable_acces_emploi: true };
    expect(aah(disabled({ id: 'p1', born: '1980-01-01' }, 0.6, rsdae)).amount).toBeCloseTo(
      FULL_2026_01,
      2,
    );
    const old = aah(disabled({ id: 'p1', born: '1960-06-01' }, 0.6, rsdae));
    expect(old.amount).toBe(0);
    expect(old.reasons[0]?.message).toContain('64 ans');
  });

  it('a dependent child of 18 cannot claim; a young adult living on their own can from 16', () => {
    let family = household([{ id: 'p1', born: '1975-01-01' }], [{ id: 'e1', born: '2007-06-01' }]);
    family = withStates(family, 'e1', { taux_incapacite: 0.9 });
    expect(aah(family).byIndividu).toEqual({ p1: 0, e1: 0 });
    expect(aah(family).reasons.map((r) => r.code)).toContain('age');
    const alone = disabled({ id: 'p1', born: '2009-06-01' }, 0.9); // 16 in January 2026
    expect(aah(alone).amount).toBeCloseTo(FULL_2026_01, 2);
  });

  it('no disability information: incomplete, asks whether the person is disabled', () => {
    const r = aah(household([{ id: 'p1', born: '1990-01-01' }]));
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual([{ variable: 'handicap', entity: 'individu', id: 'p1' }]);
  });

  it('resources above the ceiling: not granted, and says why', () => {
    const h = disabled({
      id: 'p1',
      born: '1985-01-01',
      monthly: { salaire_net: 3000, salaire_imposable: 3100 },
    });
    const r = aah(h);
    expect(r.status).toBe('ineligible');
    expect(r.reasons[0]?.code).toBe('ressources');
    expect(r.reasons[0]?.ref?.url).toContain('legifrance');
  });
});
