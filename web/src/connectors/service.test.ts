import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonById } from '../demo/people.ts';
import { testDatabase } from '../db/__fixtures__/test-database.ts';
import { ConnectorCacheRepository } from '../db/connector-cache.ts';
import type { Db } from '../db/database.ts';
import { parseConnectorConfig } from './config.ts';
import { connectors } from './registry.ts';
import { RightsService } from './service.ts';
import { buildTransports } from './transports.ts';

const nadia = findPersonById('nadia-exemple')!.claims;
let h: Db;
beforeAll(async () => {
  h = await testDatabase();
});
afterAll(() => h.close());

function service(faults: string, clock: { now: number }, timeoutMs = 200) {
  const c = parseConnectorConfig({ CONNECTOR_FAULTS: faults });
  if (!c.ok) throw new Error('config');
  return new RightsService({
    connectors,
    transports: buildTransports(c.value),
    cache: new ConnectorCacheRepository(h.db),
    config: { timeoutMs, retries: 1, freshMs: 60_000 },
    now: () => clock.now,
  });
}

const status = (r: Awaited<ReturnType<RightsService['forPerson']>>) =>
  Object.fromEntries(
    r.organisations.map((o) => [o.id, o.reason ? `${o.status}:${o.reason}` : o.status]),
  );

describe('RightsService', () => {
  it('answers for every organisation; a timed-out one does not hold the others', async () => {
    const clock = { now: Date.UTC(2026, 10, 20) };
    const r = await service('caf:timeout,cpam:error', clock).forPerson({
      ...nadia,
      sub: 'fresh-1',
    });
    expect(status(r)).toEqual({
      caf: 'unavailable:timeout',
      msa: 'no-file',
      cpam: 'unavailable:error',
      cnav: 'ok',
      'agirc-arrco': 'no-file',
      'france-travail': 'no-file',
      urssaf: 'ok',
      impots: 'ok',
    });
    expect(r.person).toEqual({
      givenName: 'Nadia',
      familyName: 'Exemple',
      birthdate: nadia.birthdate,
    });
  });

  it('serves the last good answer with its date when the organisation fails later', async () => {
    const clock = { now: Date.UTC(2026, 10, 20) };
    const sub = 'stale-1';
    const first = await service('', clock).forPerson({ ...nadia, sub });
    const caf = first.organisations.find((o) => o.id === 'caf');
    expect(caf).toMatchObject({ status: 'ok', fetchedAt: clock.now });
    const fetchedAt = clock.now;
    clock.now += 3_600_000;
    const later = await service('caf:error', clock).forPerson({ ...nadia, sub });
    const stale = later.organisations.find((o) => o.id === 'caf');
    expect(stale).toMatchObject({ status: 'stale', reason: 'error', fetchedAt });
    expect(stale?.record).toEqual(caf?.record);
  });

  it('uses a fresh cached answer without calling the organisation', async () => {
    const clock = { now: Date.UTC(2026, 10, 20) };
    const sub = 'cache-1';
    await service('', clock).forPerson({ ...nadia, sub });
    const fetchedAt = clock.now;
    clock.now += 1000;
    // The organisation is down, but the answer is one second old: still "ok".
    const r = await service('caf:error', clock).forPerson({ ...nadia, sub });
    expect(r.organisations.find((o) => o.id === 'caf')).toMatchObject({ status: 'ok', fetchedAt });
    const forced = await service('caf:error', clock).forPerson(
      { ...nadia, sub },
      { refresh: true },
    );
    expect(forced.organisations.find((o) => o.id === 'caf')?.status).toBe('stale');
  });

  it('sums twelve months of resources over the organisations', async () => {
    const clock = { now: Date.UTC(2026, 10, 20) };
    const r = await service('', clock).forPerson({ ...nadia, sub: 'res-1' });
    expect(r.resources.map((m) => m.month)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    for (const m of r.resources)
      expect(m.totalCents).toBe(m.items.reduce((s, i) => s + i.amountCents, 0));
    const october = r.resources.at(-1)!;
    expect(new Set(october.items.map((i) => i.organisation))).toEqual(new Set(['caf', 'urssaf']));
    expect(october.items.some((i) => i.kind === 'salaire')).toBe(true);
  });
});
