import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../../src/shared/contracts/alerts.ts';
import { testDatabase } from '../db/__fixtures__/test-database.ts';
import type { Db } from '../db/database.ts';
import { anAlert } from './__fixtures__/alert.ts';
import { alertId } from './id.ts';
import { AlertRepository } from './repository.ts';

let db: Db;
let repo: AlertRepository;
beforeAll(async () => {
  db = await testDatabase();
  repo = new AlertRepository(db.db);
});
afterAll(() => db.close());

describe('alert ids', () => {
  it('are the same for the same source, person and fact, and differ otherwise', () => {
    expect(alertId('s', 'p', 'f')).toBe(alertId('s', 'p', 'f'));
    expect(alertId('s', 'p', 'f')).not.toBe(alertId('s', 'p', 'g'));
    expect(alertId('s', 'p', 'f')).not.toBe(alertId('s', 'q', 'f'));
    expect(alertId('s', 'p', 'f')).not.toBe(alertId('t', 'p', 'f'));
  });
});

describe('AlertRepository', () => {
  it('records the same fact once: the second record says it is not new', async () => {
    const a = anAlert('p1', '2026-Q4');
    expect(await repo.record(a)).toBe(true);
    expect(await repo.record({ ...a, createdAt: 2_000 })).toBe(false);
    const list = await repo.forPerson('p1');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: a.id, createdAt: 1_000, readAt: null, archivedAt: null });
  });

  it('marks read, archives, counts unread valid alerts, never across people', async () => {
    await repo.record(anAlert('p2', 'a', { createdAt: 1 }));
    await repo.record(anAlert('p2', 'b', { createdAt: 2, category: 'change' }));
    await repo.record(anAlert('p2', 'old', { createdAt: 3, validUntil: '2026-01-01' }));
    expect(await repo.unreadCount('p2', '2026-12-01')).toBe(2);
    const [b, a] = await repo.forPerson('p2', { validOn: '2026-12-01' });
    expect([b?.id, a?.id]).toEqual([
      alertId('test-source', 'p2', 'b'),
      alertId('test-source', 'p2', 'a'),
    ]);
    expect(await repo.markRead('p1', a?.id ?? '', true, 10)).toBe(false);
    expect(await repo.markRead('p2', a?.id ?? '', true, 10)).toBe(true);
    expect(await repo.unreadCount('p2', '2026-12-01')).toBe(1);
    expect(await repo.forPerson('p2', { unread: true, validOn: '2026-12-01' })).toHaveLength(1);
    expect(await repo.archive('p2', b?.id ?? '', true, 11)).toBe(true);
    expect(await repo.unreadCount('p2', '2026-12-01')).toBe(0);
    expect((await repo.forPerson('p2', { archived: true })).map((x) => x.id)).toEqual([b?.id]);
    expect(await repo.forPerson('p2', { category: 'change' })).toHaveLength(0);
    await repo.archive('p2', b?.id ?? '', false, 12);
    expect(await repo.forPerson('p2', { category: 'change' })).toHaveLength(1);
  });

  it('gives the default preferences until the person saves theirs', async () => {
    expect(await repo.getPreferences('p3')).toEqual({
      matrix: DEFAULT_PREFERENCES,
      email: { address: null, confirmed: false },
    });
    const matrix = {
      ...DEFAULT_PREFERENCES,
      information: { inapp: true, push: false, email: false },
    };
    await repo.putPreferences('p3', matrix, 5);
    expect((await repo.getPreferences('p3')).matrix).toEqual(matrix);
  });

  it('lets one run an hour through, durably', async () => {
    expect(await repo.claimRun('p4', 1_000_000, 3_600_000)).toBe(true);
    expect(await repo.claimRun('p4', 1_000_001, 3_600_000)).toBe(false);
    expect(await repo.claimRun('p4', 4_600_000, 3_600_000)).toBe(true);
  });
});
