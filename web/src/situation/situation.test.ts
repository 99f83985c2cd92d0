import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileResponse } from '../../../src/shared/contracts/profile.ts';
import { testDatabase } from '../db/__fixtures__/test-database.ts';
import type { Db } from '../db/database.ts';
import { findPersonById } from '../demo/people.ts';
import { NOW, connectedRights } from './__fixtures__/connected.ts';
import { householdOf } from './household.ts';
import { profileOf } from './profile.ts';
import { connectedSituation } from './situation.ts';

let db: Db;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(() => db.close());

const situationOf = async (id: string) => connectedSituation(await connectedRights(db, id), NOW);

describe('the connected situation', () => {
  it('a single parent: two children from the CAF, her rented flat, her pay by month', async () => {
    const s = await situationOf('nadia-exemple');
    expect(s.month).toBe('2026-11');
    expect(s.couple).toBe(false);
    expect(s.children).toEqual([{ birthdate: '2015-09-03' }, { birthdate: '2019-02-20' }]);
    expect(s.housing).toEqual({
      status: 'tenant',
      rentCents: 62000,
      chargesCents: 6000,
      zoneApl: 'zone_2',
    });
    expect(s.received).toContain('af');
    const h = householdOf(s);
    const p1 = h.individus.p1?.inputs;
    // Montant net social as URSSAF reported it, the taxable amount derived from it.
    expect(p1?.salaire_net?.['2025-12']).toBe(1089);
    expect(p1?.salaire_imposable?.['2025-12']).toBeCloseTo(1089 * 1.036, 2);
    expect(p1?.salaire_net?.['2026-11']).toBe(989);
    expect(p1?.activite?.['2026-10']).toBe('actif');
    expect(h.menage.inputs.loyer?.['2026-11']).toBe(620);
    expect(h.menage.inputs.statut_occupation_logement?.['2026-11']).toBe('locataire_vide');
    expect(h.famille.enfants).toEqual(['e1', 'e2']);
  });

  it('a couple: the partner’s income estimated from the joint tax notice', async () => {
    const s = await situationOf('julien-fictif');
    expect(s.couple).toBe(true);
    expect(s.children).toHaveLength(3);
    const partner = findPersonById('julien-fictif')?.household.partner;
    const pay = new Map(partner?.activity.employments[0]?.pay.map((m) => [m.month, m.amountCents]));
    // Her 2025 taxable pay: eleven ordinary months and December with its bonus.
    const actual = (11 * (pay.get('2025-11') ?? 0) + (pay.get('2025-12') ?? 0)) * 1.036;
    expect(s.partnerTaxable?.year).toBe(2025);
    expect(Math.abs((s.partnerTaxable?.cents ?? 0) - actual) / actual).toBeLessThan(0.15);
    expect(householdOf(s).famille.parents).toEqual(['p1', 'p2']);
  });

  it('a retiree: pensions from every fund, net, taxable and gross', async () => {
    const s = await situationOf('jeannine-temoin');
    expect(s.retired).toBe(true);
    const p1 = householdOf(s).individus.p1?.inputs;
    // CNAV own and survivor's pensions, MSA survivor's pension, Agirc-Arrco both (Oct 2026).
    const net = (718.91 + 416.52 + 136.41 + 143 + 265) * 100;
    expect(Math.round((Number(p1?.retraite_nette?.['2026-10']) || 0) * 100)).toBe(Math.round(net));
    expect(Number(p1?.retraite_brute?.['2026-10'])).toBeGreaterThan(net / 100);
    expect(p1?.activite?.['2026-10']).toBe('retraite');
  });

  it('a disabled adult: the AAH paid means a recognised disability', async () => {
    const s = await situationOf('sophie-maquette');
    expect(s.disabled).toBe(true);
    expect(householdOf(s).individus.p1?.inputs.handicap?.['2026-11']).toBe(true);
  });
});

describe('the prefill profile', () => {
  it('says what the organisations know, in the simulator’s terms and the shared contract', async () => {
    const body = profileOf(await situationOf('nadia-exemple'));
    expect(profileResponse.safeParse(body).success).toBe(true);
    expect(body.profile).toEqual({
      adults: [{ birthDate: '1990-04-12', activity: 'actif', netSalary: 989 }],
      children: [{ birthDate: '2015-09-03' }, { birthDate: '2019-02-20' }],
      housing: { status: 'locataire_vide', rent: 620, zone: 'zone_2' },
    });
    expect(body.sources).toEqual(expect.arrayContaining(['caf', 'urssaf', 'impots']));
  });

  it('a job seeker: the allowance of the last three months, no salary any more', async () => {
    const { profile } = profileOf(await situationOf('lucas-essai'));
    expect(profile.adults[0]).toMatchObject({ activity: 'chomeur', netSalary: 0 });
    // ARE of August, September and October 2026 (31 days, 30 days, 31 days).
    expect(profile.adults[0].unemploymentBenefit).toBeCloseTo((967.2 + 936 + 967.2) / 3, 2);
  });

  it('a couple: the partner’s birth date, her figures left for the simulator to ask', async () => {
    const { profile } = profileOf(await situationOf('karim-specimen'));
    expect(profile.adults).toHaveLength(2);
    expect(profile.adults[1]).toEqual({ birthDate: '1983-12-01' });
    expect(profile.housing).toEqual({ status: 'locataire_vide', rent: 1150, zone: 'zone_1' });
  });
});
