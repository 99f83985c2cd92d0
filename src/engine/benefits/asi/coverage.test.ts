// Every month from 2024-01 to 2026-12 resolves its law for the AAH, the ASI, the C2S and the
// chèque énergie, including the look-backs (12 months for the C2S, then 3 for the ASI and the
// AAH), for a household that receives all of them at some point.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../index.ts';
import { month } from '../../period.ts';
import { household } from '../../household/__fixtures__/builders.ts';
import { withStates } from '../../household/__fixtures__/states.ts';
import type { BenefitId } from '../../contract.ts';

const IDS: BenefitId[] = ['aah', 'asi', 'cmu_c', 'css_participation_forfaitaire', 'cheque_energie'];

describe('dated parameters cover 2024-01 to 2026-12', () => {
  it('disabled early pensioner with a child, housed free of charge', () => {
    const h = withStates(
      household(
        [
          {
            id: 'p1',
            born: '1972-03-15',
            monthly: { retraite_brute: 420, retraite_nette: 390, retraite_imposable: 400 },
          },
        ],
        [{ id: 'e1', born: '2012-09-01' }],
        {
          statut_occupation_logement: {
            '2024': 'proprietaire',
            '2025': 'proprietaire',
            '2026': 'proprietaire',
          },
        },
      ),
      'p1',
      { taux_incapacite: 0.8, handicap: true },
    );
    const amounts: number[] = [];
    for (let i = 0; i < 36; i++) {
      const results = simulate(h, month(2024, 1 + i), IDS);
      for (const r of results) expect(Number.isFinite(r.amount), `${r.id} ${i}`).toBe(true);
      amounts.push(results[0]!.amount + results[1]!.amount);
    }
    // AAH + ASI follow the 1 April revaluations: higher in April than in March each year.
    expect(amounts[3]!).toBeGreaterThan(amounts[2]!);
    expect(amounts[27]!).toBeGreaterThan(amounts[26]!);
  });
});
