// Named RSA scenarios. Expected values are the law's arithmetic (CASF L262-2, R262-1 to R262-11):
// montant forfaitaire 646,52 € from 1 April 2025, 651,69 € from 1 April 2026 (décrets 2025-293
// and 2026-220); + 50 % for the second person, + 30 % for the third, + 40 % per further child;
// isolated parent: 128,412 % + 42,804 % per child; forfait logement 12 % / 16 % × 1,5 /
// 16,5 % × 1,8 of the base amount; net incomes of the 3 previous months; nothing under 6 €.
import { describe, expect, it } from 'vitest';
import type { Household } from '../../contract.ts';
import { household } from '../../household/__fixtures__/builders.ts';
import { withStates } from '../../household/__fixtures__/states.ts';
import { simulate } from '../../index.ts';
import { month } from '../../period.ts';
import { logement } from '../aide_logement/__fixtures__/logement.ts';

const MAY_2026 = month(2026, 5);
const BASE = 651.69;
const rsa = (h: Household, m = MAY_2026) => simulate(h, m, ['rsa'])[0]!;
const withHome = (h: Household, inputs: Household['menage']['inputs']): Household => ({
  ...h,
  menage: { ...h.menage, inputs },
});
const free = logement('loge_gratuitement');

describe('revenu de solidarité active', () => {
  it('single adult housed free, no income: base amount minus the 1-person forfait logement', () => {
    const h = withHome(household([{ id: 'p1', born: '1980-02-10' }]), free);
    const r = rsa(h);
    expect(r.status).toBe('eligible');
    // 651,69 − 12 % × 651,69 = 573,4872
    expect(r.amount).toBeCloseTo(573.49, 2);
    expect(r.trace.every((s) => s.ref !== undefined)).toBe(true);
  });

  it('the 1 April revaluation: March 2026 uses 646,52 €', () => {
    const h = withHome(household([{ id: 'p1', born: '1980-02-10' }]), free);
    // 646,52 × 0,88 = 568,9376
    expect(rsa(h, month(2026, 3)).amount).toBeCloseTo(568.94, 2);
  });

  it('couple without income, owner: 150 % of the base minus the 2-person forfait', () => {
    const h = withHome(
      household([
        { id: 'p1', born: '1980-02-10' },
        { id: 'p2', born: '1982-06-01' },
      ]),
      logement('proprietaire'),
    );
    // 651,69 × 1,5 − 651,69 × 0,16 × 1,5 = 977,535 − 156,4056 = 821,1294
    expect(rsa(h).amount).toBeCloseTo(821.13, 2);
  });

  it('net salary of the 3 previous months is deducted', () => {
    const h = withHome(
      household([{ id: 'p1', born: '1980-02-10', monthly: { salaire_net: 500 } }]),
      free,
    );
    // 651,69 − 78,2028 − 500 = 73,4872
    expect(rsa(h).amount).toBeCloseTo(73.49, 2);
  });

  it('isolated parent since less than 18 months, one child of 5: the increased amount', () => {
    const base = household([{ id: 'p1', born: '1990-01-15' }], [{ id: 'e1', born: '2021-03-02' }]);
    const h = withHome(
      { ...base, famille: { ...base.famille, inputs: { rsa_isolement_recent: { 2026: true } } } },
      logement('proprietaire'),
    );
    // 651,69 × (1,28412 + 0,42804) = 1 115,807 ; forfait 2 persons 156,4056 ;
    // ASF counted as a flat 22,5 % of the BMAF (478,16 €) = 107,586 (R262-10-1)
    const expected = BASE * (1.28412 + 0.42804) - BASE * 0.16 * 1.5 - 0.225 * 478.16;
    expect(rsa(h).amount).toBeCloseTo(expected, 1);
    expect(rsa(h).trace[1]?.label).toContain('majoré');
  });

  it('under 25 without child: not eligible, for the age', () => {
    const h = withHome(household([{ id: 'p1', born: '2004-01-01' }]), free);
    const r = rsa(h);
    expect(r.status).toBe('ineligible');
    expect(r.reasons[0]?.code).toBe('age');
  });

  it('a student of 30 is not eligible', () => {
    const h = withStates(withHome(household([{ id: 'p1', born: '1996-01-01' }]), free), 'p1', {
      activite: 'etudiant',
    });
    expect(rsa(h).reasons[0]?.code).toBe('etudiant');
  });

  it('resources above the amount: ineligible; birth date unknown: incomplete', () => {
    const rich = withHome(
      household([{ id: 'p1', born: '1980-02-10', monthly: { salaire_net: 1500 } }]),
      free,
    );
    expect(rsa(rich).status).toBe('ineligible');
    const unknown: Household = {
      ...rich,
      individus: { p1: { id: 'p1', inputs: { salaire_net: { 2026: 18000 } } } },
    };
    expect(rsa(unknown).missing.map((m) => m.variable)).toContain('date_naissance');
  });
});
