// The fictitious people's benefits follow the law the engine applies: run on what the
// organisations know of each household, the engine finds the amount they are paid (family
// benefits are paid net of the 0,5 % CRDS, which the engine's amount still includes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENEFITS, simulate, type BenefitId } from '../../../src/engine/index.ts';
import { testDatabase } from '../db/__fixtures__/test-database.ts';
import type { Db } from '../db/database.ts';
import { demoPeople } from '../demo/people.ts';
import { NOW, connectedRights } from './__fixtures__/connected.ts';
import { householdOf, periodOf } from './household.ts';
import { connectedSituation } from './situation.ts';

const CRDS = 0.005;
/**
 * Benefits whose paid amount follows from the data alone, and whether the CRDS applies; those
 * the engine does not compute yet are left out.
 */
const CHECKED: Readonly<Partial<Record<BenefitId, boolean>>> = {
  af: true,
  asf: true,
  cf: true,
  aah: false,
};

let db: Db;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(() => db.close());

const cases = demoPeople.flatMap((p) =>
  p.benefits
    .filter((b) => b.benefit in CHECKED && b.nextPayment)
    .filter((b) => BENEFITS.some((d) => d.id === b.benefit))
    .map((b) => [`${p.id} ${b.benefit}`, p.id, b] as const),
);

describe('demo amounts and the engine', () => {
  it.each(cases)('%s: paid as the engine computes it', async (_, id, b) => {
    const s = connectedSituation(await connectedRights(db, id), NOW);
    const [result] = simulate(householdOf(s), periodOf(s), [b.benefit as BenefitId]);
    expect(result?.status).toBe('eligible');
    const crds = CHECKED[b.benefit as BenefitId] ? 1 - CRDS : 1;
    const expected = Math.round((result?.amount ?? 0) * crds * 100);
    expect(Math.abs((b.nextPayment?.amountCents ?? 0) - expected)).toBeLessThanOrEqual(100);
  });
});
