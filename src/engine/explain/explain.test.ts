import { describe, expect, it } from 'vitest';
import type { BenefitResult } from '../contract.ts';
import { compare, isContribution, legalRefs, monthlyTotal, traceRows } from './index.ts';

const period = { unit: 'month', year: 2026, month: 1 } as const;
const ref = (n: number) => ({ title: `Texte ${n}`, url: `https://www.legifrance.gouv.fr/${n}` });
const result = (
  id: BenefitResult['id'],
  amount: number,
  status: BenefitResult['status'] = 'eligible',
): BenefitResult => ({
  id,
  period,
  status,
  amount,
  reasons: [],
  missing: [],
  trace: [],
});

describe('explain', () => {
  it('flattens a nested trace with depths', () => {
    const rows = traceRows([
      {
        label: 'a',
        value: 1,
        steps: [{ label: 'b', value: 2, steps: [{ label: 'c', value: 3 }] }],
      },
      { label: 'd', value: 4 },
    ]);
    expect(rows.map((r) => `${r.depth}${r.step.label}`)).toEqual(['0a', '1b', '2c', '0d']);
  });

  it('collects each legal reference once, from the trace and the reasons', () => {
    const r: BenefitResult = {
      ...result('rsa', 0, 'ineligible'),
      trace: [
        { label: 'x', value: 1, ref: ref(1), steps: [{ label: 'y', value: 2, ref: ref(2) }] },
      ],
      reasons: [
        { code: 'resources', message: 'trop', ref: ref(1) },
        { code: 'age', message: 'âge', ref: ref(3) },
      ],
    };
    expect(legalRefs(r).map((x) => x.title)).toEqual(['Texte 1', 'Texte 2', 'Texte 3']);
  });

  it('totals granted monthly benefits to the cent, without double counting housing aid or yearly ones', () => {
    const rs = [
      result('rsa', 100.1),
      result('aide_logement', 200.2),
      result('apl', 200.2),
      result('ars', 450),
      result('af', 0.7, 'ineligible'),
    ];
    expect(monthlyTotal(rs, new Set(['ars']))).toBe(300.3);
  });

  it('never adds the C2S participation, a sum the person pays, to the total of aids', () => {
    const rs = [result('rsa', 412.35), result('css_participation_forfaitaire', 14)];
    expect(isContribution('css_participation_forfaitaire')).toBe(true);
    expect(isContribution('cmu_c')).toBe(false);
    expect(monthlyTotal(rs, new Set())).toBe(412.35);
  });

  it('compares before and after, benefit by benefit', () => {
    const c = compare(
      [result('rsa', 500), result('ppa', 0, 'ineligible')],
      [result('rsa', 120.5), result('ppa', 210)],
    );
    expect(c).toEqual([
      { id: 'rsa', before: 500, after: 120.5, difference: -379.5 },
      { id: 'ppa', before: 0, after: 210, difference: 210 },
    ]);
  });
});
