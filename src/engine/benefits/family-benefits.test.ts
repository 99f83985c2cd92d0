// Named scenarios for the family benefits, each expected value computed by hand from the law
// (BMAF and rates in src/engine/parameters, with their references).
import { describe, expect, it } from 'vitest';
import { simulate } from '../index.ts';
import { month } from '../period.ts';
import { household } from '../household/__fixtures__/builders.ts';

const JAN_2026 = month(2026, 1);
const JUL_2026 = month(2026, 7);
const amount = (
  h: ReturnType<typeof household>,
  id: 'af' | 'asf' | 'paje_base' | 'ars',
  m = JAN_2026,
) => simulate(h, m, [id])[0]!;

describe('allocations familiales', () => {
  it('two children, modest income: 32 % of the BMAF (474,37 € until March 2026)', () => {
    const h = household(
      [{ id: 'p1', born: '1990-01-01', monthly: { salaire_imposable: 2000 } }],
      [
        { id: 'e1', born: '2016-05-01' },
        { id: 'e2', born: '2019-05-01' },
      ],
    );
    const r = amount(h, 'af');
    expect(r.status).toBe('eligible');
    expect(r.amount).toBeCloseTo(0.32 * 474.37, 2);
    expect(r.trace.some((s) => s.ref?.url.includes('legifrance'))).toBe(true);
  });

  it('three children, one aged 15 born before March 2012: base 73 % plus a 16 % age majoration', () => {
    const h = household(
      [
        { id: 'p1', born: '1980-01-01' },
        { id: 'p2', born: '1981-01-01' },
      ],
      [
        { id: 'e1', born: '2010-06-01' },
        { id: 'e2', born: '2015-06-01' },
        { id: 'e3', born: '2020-06-01' },
      ],
    );
    expect(amount(h, 'af').amount).toBeCloseTo((0.73 + 0.16) * 474.37, 2);
  });

  it('a child who turns 14 after 1 March 2026 waits until 18 for the majoration', () => {
    const h = household(
      [{ id: 'p1', born: '1980-01-01' }],
      [
        { id: 'e1', born: '2012-04-15' },
        { id: 'e2', born: '2015-06-01' },
        { id: 'e3', born: '2020-06-01' },
      ],
    );
    expect(amount(h, 'af', JUL_2026).amount).toBeCloseTo(0.73 * 478.16, 2);
  });

  it('one child: not eligible, and says why', () => {
    const r = amount(
      household([{ id: 'p1', born: '1990-01-01' }], [{ id: 'e1', born: '2020-01-01' }]),
      'af',
    );
    expect(r.status).toBe('ineligible');
    expect(r.reasons[0]?.message).toMatch(/deux enfants/);
  });

  it('income above the first ceiling halves the amount (79 980 € for two children in 2026)', () => {
    const h = household(
      [{ id: 'p1', born: '1980-01-01', monthly: { salaire_imposable: 8000 } }],
      [
        { id: 'e1', born: '2016-01-01' },
        { id: 'e2', born: '2018-01-01' },
      ],
    );
    expect(amount(h, 'af').amount).toBeCloseTo((0.32 * 474.37) / 2, 2);
  });
});

describe('allocation de soutien familial', () => {
  it('a parent alone with one child and no alimony: 42,2 % of the BMAF', () => {
    const h = household([{ id: 'p1', born: '1990-01-01' }], [{ id: 'e1', born: '2018-01-01' }]);
    expect(amount(h, 'asf').amount).toBeCloseTo(0.422 * 474.37, 2);
  });

  it('alimony received is deducted', () => {
    const h = household(
      [{ id: 'p1', born: '1990-01-01', monthly: { pensions_alimentaires_percues: 50 } }],
      [{ id: 'e1', born: '2018-01-01' }],
    );
    expect(amount(h, 'asf').amount).toBeCloseTo(0.422 * 474.37 - 50, 2);
  });

  it('a couple is not eligible', () => {
    const h = household(
      [
        { id: 'p1', born: '1990-01-01' },
        { id: 'p2', born: '1990-01-01' },
      ],
      [{ id: 'e1', born: '2018-01-01' }],
    );
    expect(amount(h, 'asf').status).toBe('ineligible');
  });
});

describe('PAJE allocation de base', () => {
  it('a baby and low income: full rate, 41,65 % of the BMAF', () => {
    const h = household(
      [{ id: 'p1', born: '1995-01-01', monthly: { salaire_imposable: 1200 } }],
      [{ id: 'e1', born: '2025-06-01' }],
    );
    expect(amount(h, 'paje_base').amount).toBeCloseTo(0.4165 * 474.37, 2);
  });

  it('no child under 3: not eligible', () => {
    const h = household([{ id: 'p1', born: '1995-01-01' }], [{ id: 'e1', born: '2020-06-01' }]);
    expect(amount(h, 'paje_base').status).toBe('ineligible');
  });
});

describe('allocation de rentrée scolaire', () => {
  it('two pupils (8 and 12 in December 2026), low income: primary and collège rates on the October BMAF', () => {
    const h = household(
      [{ id: 'p1', born: '1985-01-01', monthly: { salaire_imposable: 1000 } }],
      [
        { id: 'e1', born: '2018-03-01' },
        { id: 'e2', born: '2014-03-01' },
      ],
    );
    const r = simulate(h, JAN_2026, ['ars'])[0]!;
    expect(r.period).toEqual({ unit: 'year', year: 2026 });
    expect(r.amount).toBeCloseTo(478.16 * (0.8972 + 0.9467), 1);
  });
});

describe('allocation de solidarité aux personnes âgées', () => {
  it('a person alone aged 69 with a 850 € gross pension: ASPA tops it up to 12 523,14 € / 12', () => {
    const h = household([{ id: 'p1', born: '1956-06-01', monthly: { retraite_brute: 850 } }]);
    const r = simulate(h, JAN_2026, ['aspa'])[0]!;
    expect(r.amount).toBeCloseTo(12523.14 / 12 - 850, 2);
  });

  it('below 65 and able to work: not eligible', () => {
    const h = household([{ id: 'p1', born: '1963-06-01' }]);
    expect(simulate(h, JAN_2026, ['aspa'])[0]!.status).toBe('ineligible');
  });
});
