import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/index.ts';
import { possibleRightsResponse } from '../../../src/shared/contracts/possible-rights.ts';
import { testDatabase } from '../db/__fixtures__/test-database.ts';
import type { Db } from '../db/database.ts';
import { demoPeople } from '../demo/people.ts';
import { NOW, connectedRights, without } from './__fixtures__/connected.ts';
import { householdOf, periodOf } from './household.ts';
import { possibleRights } from './possible-rights.ts';
import { connectedSituation } from './situation.ts';

let db: Db;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(() => db.close());

describe('possible unclaimed rights', () => {
  it('lists the AF for two children when no organisation pays them, not when the CAF does', async () => {
    const nadia = await connectedRights(db, 'nadia-exemple');
    const paidByCaf = possibleRights(connectedSituation(nadia, NOW));
    expect(paidByCaf.status).toBe('complete');
    expect(paidByCaf.rights.map((r) => r.id)).not.toContain('af');

    const unclaimed = possibleRights(connectedSituation(without(nadia, 'af'), NOW));
    expect(possibleRightsResponse.safeParse(unclaimed).success).toBe(true);
    const af = unclaimed.rights.find((r) => r.id === 'af');
    expect(af).toMatchObject({
      label: 'Allocations familiales',
      periodicity: 'month',
      kind: 'amount',
      simulateUrl: '/simuler/questions?benefits=af&prefill=profile',
    });
    // The engine's own amount for this household, with its explanation.
    const s = connectedSituation(without(nadia, 'af'), NOW);
    const engine = simulate(householdOf(s), periodOf(s), ['af'])[0];
    expect(af?.amountCents).toBe(Math.round((engine?.amount ?? 0) * 100));
    expect(af?.amountCents).toBeGreaterThan(0);
    expect(af?.paidBy).toContain('caf');
    expect(af?.explanation.steps.length).toBeGreaterThan(0);
    expect(af?.explanation.references[0]?.url).toMatch(/^https:\/\//);
  });

  it('a yearly benefit paid this year (ARS in August) is not missing; unpaid, it is', async () => {
    const nadia = await connectedRights(db, 'nadia-exemple');
    const s = connectedSituation(nadia, NOW);
    const ars = simulate(householdOf(s), periodOf(s), ['ars'])[0];
    expect(ars?.status).toBe('eligible');
    expect(possibleRights(s).rights.map((r) => r.id)).not.toContain('ars');
    const unpaid = possibleRights(connectedSituation(without(nadia, 'ars'), NOW));
    expect(unpaid.rights.find((r) => r.id === 'ars')).toMatchObject({ periodicity: 'year' });
  });

  it('gives no estimate while an organisation does not answer', async () => {
    const nadia = await connectedRights(db, 'nadia-exemple', 'caf:timeout');
    const r = possibleRights(connectedSituation(without(nadia, 'af'), NOW));
    expect(r).toMatchObject({ status: 'partial', unavailable: ['caf'], rights: [] });
  });

  it.each(demoPeople.map((p) => p.id))(
    '%s: only what the engine grants and nobody pays',
    async (id) => {
      const rights = await connectedRights(db, id);
      const s = connectedSituation(rights, NOW);
      const out = possibleRights(s);
      expect(possibleRightsResponse.safeParse(out).success).toBe(true);
      expect(out.status).toBe('complete');
      const results = simulate(householdOf(s), periodOf(s));
      for (const r of out.rights) {
        expect(results.find((x) => x.id === r.id)?.status).toBe('eligible');
        expect(s.received.has(r.id)).toBe(false);
        if (r.kind === 'amount') expect(r.amountCents).toBeGreaterThan(0);
      }
    },
  );
});
