// Named chèque énergie scenarios. Expected values come from the barème of the arrêté of
// 26 December 2018 as amended on 24 February 2021 (ceiling 10 800 € per UC; 48 to 277 €), UC of
// R124-3 (1, 0,5, 0,3) and the 10 % deductions of the income-tax code for year N-2.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../index.ts';
import { month } from '../../period.ts';
import { household } from '../../household/__fixtures__/builders.ts';
import type { Household } from '../../contract.ts';
import { BENEFITS } from '../registry.ts';
import { calculate } from '../../openfisca/calculate.ts';

const tenant = { statut_occupation_logement: { '2026-01': 'locataire_vide' } };
const cheque = (h: Household) => simulate(h, month(2026, 1), ['cheque_energie'])[0]!;

describe('chèque énergie', () => {
  it('single tenant with a 2024 taxable salary of 4 800 €: RFR 4 296 € (the 504 € minimum deduction), 194 €', () => {
    const h = household(
      [{ id: 'p1', born: '1990-01-01', monthly: { salaire_imposable: 400 } }],
      [],
      tenant,
    );
    const r = cheque(h);
    expect(r.status).toBe('eligible');
    expect(r.amount).toBe(194);
    expect(r.trace[0]?.value).toBe(4800 - 504);
  });

  it('couple with two children (2,1 UC) and a declared RFR of 20 000 €: 9 524 € per UC, 76 €', () => {
    const h = household(
      [
        { id: 'p1', born: '1985-01-01' },
        { id: 'p2', born: '1985-01-01' },
      ],
      [
        { id: 'e1', born: '2015-01-01' },
        { id: 'e2', born: '2018-01-01' },
      ],
      tenant,
    );
    const withRfr: Household = {
      ...h,
      foyer_fiscal: { ...h.foyer_fiscal, inputs: { rfr: { '2024': 20000 } } },
    };
    const r = cheque(withRfr);
    expect(r.trace[1]?.value).toBeCloseTo(2.1, 10);
    expect(r.amount).toBe(76);
  });

  it('pensioner couple (1,5 UC), 2 × 1 000 € pensions: 21 600 € after 10 %, 14 400 € per UC, none', () => {
    const h = household(
      [
        { id: 'p1', born: '1950-01-01', monthly: { retraite_imposable: 1000 } },
        { id: 'p2', born: '1950-01-01', monthly: { retraite_imposable: 1000 } },
      ],
      [],
      tenant,
    );
    const r = cheque(h);
    expect(r.trace[0]?.value).toBe(21600);
    expect(r.status).toBe('ineligible');
    expect(r.reasons[0]?.code).toBe('ressources');
  });

  it('housed free of charge: not eligible; dwelling unknown: asks for it', () => {
    const free = household([{ id: 'p1', born: '1990-01-01' }], [], {
      statut_occupation_logement: { '2026-01': 'loge_gratuitement' },
    });
    expect(cheque(free).status).toBe('ineligible');
    const unknown = cheque(household([{ id: 'p1', born: '1990-01-01' }]));
    expect(unknown.status).toBe('incomplete');
    expect(unknown.missing[0]?.variable).toBe('statut_occupation_logement');
  });

  it('OpenFisca format: asked on the ménage for a year, answered there (and cmu_c as a boolean)', () => {
    const body = {
      individus: {
        p1: {
          date_naissance: { ETERNITY: '1990-01-01' },
          salaire_imposable: { '2024': 4800 },
          aah: { '2026-01': null },
        },
      },
      familles: { f: { parents: ['p1'], cmu_c: { '2026-01': null } } },
      foyers_fiscaux: { ff: { declarants: ['p1'], rfr: { '2024': 7000 } } },
      menages: {
        m: {
          personne_de_reference: ['p1'],
          statut_occupation_logement: { '2026-01': 'locataire_vide' },
          cheque_energie: { '2026': null },
        },
      },
    };
    const out = calculate(body, BENEFITS) as typeof body & {
      menages: { m: { cheque_energie: Record<string, number> } };
      familles: { f: { cmu_c: Record<string, boolean> } };
      individus: { p1: { aah: Record<string, number> } };
    };
    expect(out.menages.m.cheque_energie['2026']).toBe(98); // declared RFR 7 000 €: 6 700–7 700 band
    expect(out.familles.f.cmu_c['2026-01']).toBe(true);
    expect(out.individus.p1.aah['2026-01']).toBe(0);
  });
});
