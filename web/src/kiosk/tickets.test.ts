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
    expect([a.number, b.number]).toEqual(['A-001', 'A-002']);
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

  it('starts again at A-001 each day of the reception area (Europe/Paris), per area', async () => {
    // 23:30 UTC on 3 December is already 4 December in Saint-Flour.
    const lateEvening = Date.UTC(2026, 11, 3, 22, 30);
    const afterMidnightParis = Date.UTC(2026, 11, 3, 23, 30);
    const first = await repo.create('k1', lateEvening);
    const next = await repo.create('k1', afterMidnightParis);
    const elsewhere = await repo.create('k2', afterMidnightParis);
    expect([first.number, next.number, elsewhere.number]).toEqual(['A-001', 'A-001', 'A-001']);
    expect((await repo.create('k1', afterMidnightParis + 1)).number).toBe('A-002');
  });

  it('never gives one number twice when kiosks of one area ask at the same time', async () => {
    const at = Date.UTC(2027, 0, 5, 9, 0);
    const made = await Promise.all(Array.from({ length: 8 }, () => repo.create('k1', at)));
    expect(new Set(made.map((t) => t.number)).size).toBe(8);
    expect(made.map((t) => t.number).sort()).toEqual([
      'A-001',
      'A-002',
      'A-003',
      'A-004',
      'A-005',
      'A-006',
      'A-007',
      'A-008',
    ]);
  });

  it('finds a ticket only within its structure', async () => {
    const t = await repo.create('k1', 9000);
    expect((await repo.forSiret(t.id, SIRET))?.number).toBe(t.number);
    expect(await repo.forSiret(t.id, '11111111111111')).toBeNull();
  });
});
