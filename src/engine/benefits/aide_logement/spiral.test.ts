// The RSA ↔ housing-aid spiral stops as in OpenFisca (max_spiral_loops = 1): rsa(M) sees the aid
// of M with no RSA in M-1; the aid of M sees rsa(M-1) with no aid in M-1.
import { describe, expect, it } from 'vitest';
import type { Household } from '../../contract.ts';
import { household } from '../../household/__fixtures__/builders.ts';
import { month } from '../../period.ts';
import { createContext } from '../../simulation.ts';
import { BENEFITS } from '../registry.ts';
import { logement } from './__fixtures__/logement.ts';
import { aideLogement, aideLogementForRsa, rsaOfMonth, rsaPreviousMonth } from './spiral.ts';

const MAY_2026 = month(2026, 5);

function tenantOnBenefit(): Household {
  const h = household([
    { id: 'p1', born: '1984-09-03', monthly: { chomage_imposable: 560, chomage_net: 560 } },
  ]);
  return { ...h, menage: { ...h.menage, inputs: logement('locataire_hlm', 'zone_2', 600) } };
}

describe('RSA and housing aid, month by month', () => {
  it('the aid of M is computed on neutralised resources because RSA was paid in M-1', () => {
    const ctx = createContext(tenantOnBenefit(), BENEFITS);
    expect(rsaPreviousMonth(ctx, MAY_2026).amount).toBeGreaterThan(0);
    const seenByRsa = aideLogementForRsa(ctx, MAY_2026).amount;
    const paid = aideLogement(ctx, MAY_2026).amount;
    // 6 720 € of benefits − 10 % = 6 048 → 6 100 € > R0 (5 235 €): a smaller aid for the RSA's view
    expect(paid).toBeGreaterThan(seenByRsa);
    expect(ctx.benefit('aide_logement', MAY_2026).amount).toBe(paid);
  });

  it('rsa(M) deducts the full forfait when the aid exceeds it', () => {
    const ctx = createContext(tenantOnBenefit(), BENEFITS);
    // 651,69 − 12 % × 651,69 − 560 = 13,4872 (over the 6 € minimum)
    expect(rsaOfMonth(ctx, MAY_2026).amount).toBeCloseTo(13.49, 2);
    expect(ctx.benefit('rsa', MAY_2026).amount).toBeCloseTo(13.49, 2);
  });

  it('results do not depend on the order months are asked in (no state leaks between months)', () => {
    const forward = createContext(tenantOnBenefit(), BENEFITS);
    const backward = createContext(tenantOnBenefit(), BENEFITS);
    const months = Array.from({ length: 12 }, (_, i) => month(2026, i + 1));
    const a = months.map((m) => forward.benefit('aide_logement', m).amount);
    const b = [...months].reverse().map((m) => backward.benefit('rsa', m).amount);
    const c = [...months].reverse().map((m) => backward.benefit('aide_logement', m).amount);
    expect(c.reverse()).toEqual(a);
    expect(b.every((x) => x > 0)).toBe(true);
  });
});
