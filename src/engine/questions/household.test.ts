import { describe, expect, it } from 'vitest';
import type { MonthPeriod } from '../contract.ts';
import { SCRIPTED_HOUSEHOLDS } from './__fixtures__/households.ts';
import { historyKeys, householdFromAnswers } from './index.ts';

const jan2026: MonthPeriod = { unit: 'month', year: 2026, month: 1 };
const jul2026: MonthPeriod = { unit: 'month', year: 2026, month: 7 };

describe('history keys', () => {
  it('covers whole years up to N-2 then every month from January N-1, like the reference cases', () => {
    const { years, months } = historyKeys(jan2026);
    expect(years).toEqual(['2022', '2023', '2024']);
    expect(months[0]).toBe('2025-01');
    expect(months.at(-1)).toBe('2026-01');
    expect(months).toHaveLength(13);
    expect(historyKeys(jul2026).months.at(-1)).toBe('2026-07');
  });
});

describe('householdFromAnswers', () => {
  const answers = SCRIPTED_HOUSEHOLDS[0]!.answers;
  const h = householdFromAnswers(answers, jan2026);

  it('builds entities with roles, not counts', () => {
    expect(Object.keys(h.individus)).toEqual(['p1', 'e1', 'e2']);
    expect(h.famille).toMatchObject({ parents: ['p1'], enfants: ['e1', 'e2'] });
    expect(h.foyer_fiscal).toMatchObject({ declarants: ['p1'], personnes_a_charge: ['e1', 'e2'] });
    expect(h.menage).toMatchObject({
      personne_de_reference: ['p1'],
      conjoint: [],
      enfants: ['e1', 'e2'],
    });
    expect(h.individus.e2?.inputs.date_naissance).toEqual({ ETERNITY: '2021-05-20' });
  });

  it('spreads a monthly amount over the history, yearly totals for whole years', () => {
    const net = h.individus.p1!.inputs.salaire_net!;
    expect(net['2025-06']).toBe(950);
    expect(net['2026-01']).toBe(950);
    expect(net['2024']).toBe(11400);
    expect(h.individus.p1!.inputs.salaire_imposable!['2025-06']).toBeCloseTo(984.2, 1);
    expect(h.individus.p1!.inputs.salaire_de_base!['2025-06']).toBeCloseTo(1200.1, 0);
    expect(h.menage.inputs.loyer!['2024']).toBe(8640);
  });

  it('keeps states identical on every key', () => {
    expect(h.menage.inputs.zone_apl!['2023']).toBe('zone_2');
    expect(h.individus.p1!.inputs.activite!['2026-01']).toBe('actif');
    expect(h.famille.inputs.rsa_isolement_recent!['2025-03']).toBe(false);
  });

  it('maps the incapacity band to a rate and leaves unknown inputs absent', () => {
    const d = householdFromAnswers(SCRIPTED_HOUSEHOLDS[4]!.answers, jan2026);
    expect(d.individus.p1!.inputs.taux_incapacite!['2026-01']).toBe(0.8);
    expect(d.individus.p1!.inputs.salaire_net).toBeUndefined();
    const empty = householdFromAnswers({}, jan2026);
    expect(empty.individus.p1!.inputs).toEqual({});
  });

  it('derives taxable and gross pensions from the net one', () => {
    const r = householdFromAnswers(SCRIPTED_HOUSEHOLDS[5]!.answers, jan2026).individus.p1!.inputs;
    expect(r.retraite_nette!['2026-01']).toBe(780);
    expect(r.retraite_brute!['2026-01']).toBeCloseTo(858.09, 1);
  });
});

describe('tax year N-2 as declared', () => {
  it('replaces the taxable incomes of the tax years, not the recent months', () => {
    const h = householdFromAnswers(
      { couple: false, 'p1.activite': 'actif', 'p1.salaire_net': 1000, 'p1.revenus_n2': 15000 },
      jan2026,
    );
    const inputs = h.individus.p1!.inputs;
    expect(inputs.salaire_imposable?.['2024']).toBe(15000);
    expect(inputs.salaire_imposable?.['2025-06']).toBe(1036);
    expect(inputs.chomage_imposable?.['2024']).toBe(0);
    expect(inputs.salaire_net?.['2025-06']).toBe(1000);
  });
});
