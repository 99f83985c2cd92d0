// Named ASI scenarios. Expected values: the yearly ceilings of the Cnav circular 2025-13
// (10 978,30 € alone, 19 212,03 € for a couple, from 1 April 2025) and +0,8 % on 1 April 2026,
// minus the mean gross resources of the 3 previous months (CSS art. L815-24, D815-19).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../index.ts';
import { month } from '../../period.ts';
import { household, type PersonSpec } from '../../household/__fixtures__/builders.ts';
import { withStates } from '../../household/__fixtures__/states.ts';
import type { BenefitId, Household } from '../../contract.ts';

const JAN = month(2026, 1);
const run = (h: Household, id: BenefitId, m = JAN) => simulate(h, m, [id])[0]!;
const pensioner = (id: string, born: string, brute: number): PersonSpec => ({
  id,
  born,
  monthly: {
    retraite_brute: brute,
    retraite_nette: brute * 0.92,
    retraite_imposable: brute * 0.95,
  },
});
const disabled = (h: Household, id: string, more: Record<string, number | boolean> = {}) =>
  withStates(h, id, { handicap: true, ...more });

describe('allocation supplémentaire d’invalidité', () => {
  it('disabled person with an early pension of 600 €: tops up to the single ceiling', () => {
    const h = disabled(household([pensioner('p1', '1970-05-01', 600)]), 'p1');
    const r = run(h, 'asi');
    expect(r.status).toBe('eligible');
    expect(r.amount).toBeCloseTo(10978.3 / 12 - 600, 2); // 314,86 €
    expect(r.byIndividu).toEqual({ p1: r.amount });
    expect(run(h, 'asi', month(2026, 7)).amount).toBeCloseTo(11066.13 / 12 - 600, 2);
  });

  it('two claimants share the couple ceiling', () => {
    let h = household([pensioner('p1', '1970-01-01', 500), pensioner('p2', '1972-01-01', 400)]);
    h = disabled(disabled(h, 'p1'), 'p2');
    const each = (19212.03 / 12 - 900) / 2; // 350,50 €
    const r = run(h, 'asi');
    expect(r.byIndividu?.p1).toBeCloseTo(each, 2);
    expect(r.amount).toBeCloseTo(2 * each, 1);
  });

  it('with a partner of ASPA age, the ASPA covers the couple: no ASI', () => {
    let h = household([pensioner('p1', '1970-01-01', 500), pensioner('p2', '1958-01-01', 700)]);
    h = disabled(h, 'p1');
    expect(run(h, 'asi').amount).toBe(0);
  });

  it('no pension or not disabled: not eligible', () => {
    const h = disabled(household([{ id: 'p1', born: '1980-01-01' }]), 'p1');
    expect(run(h, 'asi').status).toBe('ineligible');
    const unknown = run(household([pensioner('p1', '1970-01-01', 600)]), 'asi');
    expect(unknown.amount).toBe(0);
    expect(unknown.status).toBe('incomplete');
    expect(unknown.missing).toEqual([{ variable: 'handicap', entity: 'individu', id: 'p1' }]);
    const notDisabled = withStates(household([pensioner('p1', '1970-01-01', 600)]), 'p1', {
      handicap: false,
    });
    expect(run(notDisabled, 'asi').status).toBe('ineligible');
  });

  it('the ASI of the month before is deducted from the AAH full rate', () => {
    const h = disabled(household([pensioner('p1', '1976-01-01', 450)]), 'p1', {
      taux_incapacite: 0.85,
    });
    const asi = 10978.3 / 12 - 450; // 464,86 €: the AAH is not counted for an ASI claimant
    expect(run(h, 'asi').amount).toBeCloseTo(asi, 2);
    // AAH: min(full rate, ceiling − 2024 taxable pension 427,50 €, full rate − ASI)
    expect(run(h, 'aah').amount).toBeCloseTo(1033.32 - asi, 2);
  });

  it('working in the month: the ASI of the 3 previous months is an AAH resource (×4)', () => {
    const h = disabled(
      household([
        {
          id: 'p1',
          born: '1976-01-01',
          monthly: {
            retraite_brute: 450,
            retraite_nette: 414,
            salaire_net: 300,
            salaire_imposable: 310,
          },
        },
      ]),
      'p1',
      { taux_incapacite: 0.85 },
    );
    const asi = 10978.3 / 12 - 450; // 464,86 €
    // D821-9: 20 % of 3 600 €, then 30 % off for a replacement income (the pension) = 504 €
    const resources = (0.7 * 0.2 * 3600 + 4 * 3 * (414 + asi)) / 12; // 920,86 €
    expect(run(h, 'aah').amount).toBeCloseTo(1033.32 - resources, 2);
  });
});
