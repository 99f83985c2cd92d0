// Every month from January 2024 to December 2026 resolves every dated parameter of rsa and the
// housing aids (the 12-month window, N-1 tax deductions, N-2 ASPA ceiling included), and every
// trace step carries its legal reference.
import { describe, expect, it } from 'vitest';
import type { Household } from '../../contract.ts';
import { household } from '../../household/__fixtures__/builders.ts';
import { withStates } from '../../household/__fixtures__/states.ts';
import { simulate } from '../../index.ts';
import { month } from '../../period.ts';
import { logement } from './__fixtures__/logement.ts';

const withHome = (h: Household, inputs: Household['menage']['inputs']): Household => ({
  ...h,
  menage: { ...h.menage, inputs },
});

const HOUSEHOLDS: Household[] = [
  withHome(
    household(
      [{ id: 'p1', born: '1979-03-12', monthly: { salaire_net: 400, salaire_imposable: 420 } }],
      [
        { id: 'e1', born: '2007-01-20', monthly: { salaire_net: 300, salaire_imposable: 310 } },
        { id: 'e2', born: '2016-06-01' },
      ],
    ),
    logement('locataire_hlm', 'zone_1', 750),
  ),
  withHome(
    withStates(
      household(
        [
          {
            id: 'p1',
            born: '1958-11-02',
            monthly: { retraite_nette: 700, retraite_imposable: 720 },
          },
        ],
        [{ id: 'e1', born: '1995-02-02' }],
      ),
      'e1',
      { taux_incapacite: 0.85 },
    ),
    logement('locataire_meuble', 'zone_3', 480),
  ),
  withHome(
    household([
      { id: 'p1', born: '1990-05-05', monthly: { chomage_net: 900, chomage_imposable: 950 } },
      { id: 'p2', born: '1992-07-07' },
    ]),
    logement('locataire_vide', 'zone_2', 650),
  ),
];

describe('rsa and housing aids over 2024–2026', () => {
  it('computes every month with a legal reference on every step', () => {
    let granted = 0;
    for (const h of HOUSEHOLDS) {
      for (let i = 0; i < 36; i++) {
        const m = month(2024, 1 + i);
        for (const r of simulate(h, m, ['rsa', 'aide_logement', 'apl', 'alf', 'als'])) {
          expect(Number.isFinite(r.amount)).toBe(true);
          if (r.amount > 0) granted++;
          for (const step of r.trace) expect(step.ref, `${r.id} ${step.label}`).toBeDefined();
        }
      }
    }
    expect(granted).toBeGreaterThan(100);
  });

  it('a disabled adult child with low resources is a dependant: ALF, not ALS', () => {
    const h = HOUSEHOLDS[1];
    if (!h) throw new Error('fixture');
    const [alf, als] = simulate(h, month(2025, 6), ['alf', 'als']);
    expect(alf?.amount).toBeGreaterThan(0);
    expect(als?.amount).toBe(0);
  });
});
