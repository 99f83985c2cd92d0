// Named housing-aid scenarios (January 2026, barème of 1 October 2025, arrêté du 27 septembre
// 2019 as amended on 5 September 2025). Aid = loyer retenu (capped) + forfait charges − P, with
// P = P0 + (TF + TL) × (R − R0); minus 5 €, then CRDS 0,5 %; in HLM, 98 % of the RLS comes off.
// Zone 2, single: plafond 290,34 €, charges 60,59 €, P0 floor 39,56 €, R0 5 235 €, TF 2,83 %.
import { describe, expect, it } from 'vitest';
import type { Household } from '../../contract.ts';
import { household, type PersonSpec } from '../../household/__fixtures__/builders.ts';
import { simulate } from '../../index.ts';
import { month } from '../../period.ts';
import { logement } from './__fixtures__/logement.ts';

const JAN_2026 = month(2026, 1);
const home = (
  people: PersonSpec[],
  inputs: Household['menage']['inputs'],
  kids: PersonSpec[] = [],
) => {
  const h = household(people, kids);
  return { ...h, menage: { ...h.menage, inputs } };
};
const results = (h: Household) => {
  const r = simulate(h, JAN_2026, ['aide_logement', 'apl', 'alf', 'als', 'rsa']);
  return Object.fromEntries(r.map((x) => [x.id, x]));
};
const P1 = { id: 'p1', born: '1985-05-20' };

describe('aides personnelles au logement', () => {
  it('single tenant without resources, zone 2, rent above the ceiling: ALS', () => {
    const r = results(home([P1], logement('locataire_vide', 'zone_2', 500)));
    // P0 = max(8,5 % × (290,34 + 60,59), 39,56) = 39,56 ; 290,34 + 60,59 − 39,56 = 311,37
    // (311,37 − 5) × 0,995 = 304,838
    expect(r.aide_logement?.amount).toBeCloseTo(304.84, 2);
    expect(r.als?.amount).toBeCloseTo(304.84, 2);
    expect(r.apl?.amount).toBe(0);
    expect(r.apl?.reasons[0]?.code).toBe('autre_aide');
  });

  it('same in social housing: APL minus 98 % of the RLS (34,83 € in zone 2)', () => {
    const r = results(home([P1], logement('locataire_hlm', 'zone_2', 701)));
    // (306,37 − 0,98 × 34,83) × 0,995 = 270,875
    expect(r.apl?.amount).toBeCloseTo(270.88, 2);
    expect(r.aide_logement?.amount).toBeCloseTo(270.88, 2);
  });

  it('furnished, taxable salary 1 121,30 €/month: rolling 12 months after the 10 % deduction', () => {
    const p = { ...P1, monthly: { salaire_imposable: 1121.3, salaire_net: 1082.33 } };
    const r = results(home([p], logement('locataire_meuble', 'zone_2', 364)));
    // R = 13 455,60 − 1 346 = 12 109,60 → 12 200 ; loyer retenu round(364 × 2/3) = 243
    // RL = 243 / 290,34 ; TL = 0,68 % × (RL − 0,75) + 0,45 % × 0,30
    const tl = 0.0068 * (243 / 290.34 - 0.75) + 0.0045 * 0.3;
    const pp = 39.56 + (0.0283 + tl) * (12200 - 5235);
    const expected = (243 + 60.59 - pp - 5) * 0.995;
    expect(r.als?.amount).toBeCloseTo(expected, 1);
    expect(r.als?.amount).toBeCloseTo(48.16, 2);
  });

  it('one child: ALF, with the 1-child ceiling and charges', () => {
    const r = results(
      home([P1], logement('locataire_vide', 'zone_3', 700), [{ id: 'e1', born: '2018-04-04' }]),
    );
    // zone 3 plafond 369,88 ; charges 60,59 + 13,74 ; R = 0 ; P0 = max(8,5 % × 444,21, 39,56)
    const e = 369.88 + 60.59 + 13.74;
    const expected = (e - Math.max(0.085 * e, 39.56) - 5) * 0.995;
    expect(r.alf?.amount).toBeCloseTo(expected, 2);
    expect(r.als?.amount).toBe(0);
  });

  it('RSA paid the month before neutralises work and unemployment incomes', () => {
    const p = { ...P1, monthly: { chomage_imposable: 450, chomage_net: 450 } };
    const r = results(home([p], logement('locataire_hlm', 'zone_2', 701)));
    expect(r.rsa?.amount).toBeGreaterThan(0);
    // resources neutralised to 0: the same APL as without any income
    expect(r.apl?.amount).toBeCloseTo(270.88, 2);
    expect(r.apl?.trace.some((s) => s.label.includes('neutralisés'))).toBe(true);
  });

  it('under 10 € (non-APL) nothing is paid', () => {
    const p = { ...P1, monthly: { salaire_imposable: 16700 / 12, salaire_net: 1330 } };
    const r = results(home([p], logement('locataire_vide', 'zone_2', 320)));
    // R = 16 700 − 1 670 = 15 030 → 15 100 ; TL at RL = 1 : 0,68 % × 0,25 + 0,45 % × 0,30
    // 290,34 + 60,59 − (39,56 + (2,83 % + 0,305 %) × (15 100 − 5 235)) ≈ 2,10 € < 10 €
    expect(r.als?.amount).toBe(0);
    expect(r.als?.status).toBe('ineligible');
    expect(r.als?.trace.some((s) => String(s.formula).includes('sous le seuil'))).toBe(true);
  });

  it('owner: not computed here; unknown housing: incomplete, asking the status', () => {
    expect(results(home([P1], logement('proprietaire'))).aide_logement?.status).toBe('ineligible');
    const unknown = results(home([P1], {})).aide_logement;
    expect(unknown?.status).toBe('incomplete');
    expect(unknown?.missing.map((m) => m.variable)).toEqual(['statut_occupation_logement']);
  });

  it('tenant without rent or zone given: asks for them when nothing is paid', () => {
    const p = { ...P1, monthly: { salaire_imposable: 4000, salaire_net: 3800 } };
    const r = results(home([p], logement('locataire_vide'))).aide_logement;
    expect(r?.missing.map((m) => m.variable)).toEqual(['loyer', 'zone_apl']);
  });
});

describe('aides au logement: what is still to ask', () => {
  it('rent unknown: incomplete, nothing computed; zone unknown: computed for zone 2 and asked', () => {
    const noRent = results(home([P1], logement('locataire_vide', 'zone_2'))).als;
    expect(noRent?.status).toBe('incomplete');
    expect(noRent?.amount).toBe(0);
    expect(noRent?.missing.map((m) => m.variable)).toEqual(['loyer']);
    const noZone = results(home([P1], logement('locataire_vide', undefined, 500))).als;
    expect(noZone?.amount).toBeCloseTo(304.84, 2);
    expect(noZone?.missing.map((m) => m.variable)).toEqual(['zone_apl']);
  });
});
