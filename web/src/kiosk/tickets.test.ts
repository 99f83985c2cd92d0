import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testDialect } from '../db/__fixtures__/test-database.ts';
import type { Db } from '../db/database.ts';
import { TicketRepository } from './tickets.ts';

let h: Db;
let repo: TicketRepository;
const SIRET = '99900000011112';

beforeAll(async () => {
  h = await testDatabase();
  repo = new TicketRepository(h.db);
  const area = {
    organisation: 'France Services',
    printer: 1,
    languages: '["fr"]',
    idle_seconds: 120,
    warning_seconds: 30,
    agents: '[]',
  };
  await h.db
    .insertInto('reception_areas')
    .values([
      {
        ...area,
        id: 'demo-saint-flour',
        name: 'France Services Démo de Saint-Flour',
        siret: SIRET,
      },
      { ...area, id: 'other', name: 'Ailleurs', siret: '11111111111111' },
    ])
    .execute();
  await h.db
    .insertInto('kiosks')
    .values([
      { id: 'k1', reception_area_id: 'demo-saint-flour', token_hash: 'h1', enrolled_at: 0 },
      { id: 'k2', reception_area_id: 'other', token_hash: 'h2', enrolled_at: 0 },
    ])
    .execute();
});
afterAll(() => h.close());

describe(`kiosk tickets on ${testDialect}`, () => {
  it('numbers the tickets of a reception area and lists them to its structure only, oldest first', async () => {
    const a = await repo.create('k1', 1000);
    const b = await repo.create('k1', 2000);
    await repo.create('k2', 1500);
    expect([a.number, b.number]).toEqual(['001', '002']);
    expect(a).toMatchObject({
      receptionAreaId: 'demo-saint-flour',
      receptionAreaName: 'France Services Démo de Saint-Flour',
      status: 'waiting',
      createdAt: 1000,
      takenAt: null,
      takenBy: null,
      doneAt: null,
    });
    expect((await repo.waitingForSiret(SIRET)).map((t) => t.id)).toEqual([a.id, b.id]);
  });

  it('lets an agent of the structure take a waiting ticket once, then close it', async () => {
    const t = await repo.create('k1', 3000);
    expect(await repo.take(t.id, '11111111111111', 'agent-x', 3100)).toBeNull();
    const taken = await repo.take(t.id, SIRET, 'agent-fs', 3200);
    expect(taken).toMatchObject({ status: 'taken', takenAt: 3200, takenBy: 'agent-fs' });
    expect(await repo.take(t.id, SIRET, 'agent-other', 3300)).toBeNull();
    expect((await repo.waitingForSiret(SIRET)).map((x) => x.id)).not.toContain(t.id);
    expect(await repo.done(t.id, SIRET, 'agent-other', 3400)).toBeNull();
    expect(await repo.done(t.id, SIRET, 'agent-fs', 3500)).toMatchObject({
      status: 'done',
      doneAt: 3500,
    });
    expect(await repo.done(t.id, SIRET, 'agent-fs', 3600)).toBeNull();
    expect(await repo.take('missing', SIRET, 'agent-fs', 3700)).toBeNull();
  });
});
