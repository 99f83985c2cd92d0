import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testDialect } from './__fixtures__/test-database.ts';
import { ConnectorCacheRepository } from './connector-cache.ts';
import type { Db } from './database.ts';
import { ErrorReportsRepository, ReportTransitionError } from './error-reports.ts';
import { migrateToLatest } from './migrations.ts';
import { PreferencesRepository } from './preferences.ts';
import { UsersRepository } from './users.ts';
import type { Kysely } from 'kysely';

let h: Db;
beforeAll(async () => {
  h = await testDatabase();
});
afterAll(() => h.close());

describe(`repositories on ${testDialect}`, () => {
  it('runs on the expected engine', () => {
    expect(h.dialect).toBe(testDialect);
  });

  it('re-running the migrations applies nothing twice', async () => {
    expect(await migrateToLatest(h.db as Kysely<unknown>)).toEqual([]);
  });

  it('records a user and updates the last visit', async () => {
    const users = new UsersRepository(h.db);
    const u = { sub: 'sub-users', given_name: 'Nadia', family_name: 'Exemple' };
    await users.touch(u, 1_700_000_000_000);
    await users.touch({ ...u, family_name: 'Exemple-Martin' }, 1_700_000_100_000);
    expect(await users.get('sub-users')).toEqual({
      sub: 'sub-users',
      givenName: 'Nadia',
      familyName: 'Exemple-Martin',
      firstSeenAt: 1_700_000_000_000,
      lastSeenAt: 1_700_000_100_000,
    });
    await users.delete('sub-users');
    expect(await users.get('sub-users')).toBeUndefined();
  });

  it('keeps dashboard preferences per person, deduplicated', async () => {
    const prefs = new PreferencesRepository(h.db);
    expect(await prefs.get('p1')).toEqual({ pinned: [], hidden: [] });
    await prefs.set('p1', { pinned: ['org:caf', 'resources', 'org:caf'], hidden: ['activity'] }, 5);
    await prefs.set('p2', { pinned: ['situation'], hidden: [] }, 6);
    expect(await prefs.get('p1')).toEqual({
      pinned: ['org:caf', 'resources'],
      hidden: ['activity'],
      updatedAt: 5,
    });
    await prefs.set('p1', { pinned: [], hidden: ['org:caf'] }, 7);
    expect(await prefs.get('p1')).toMatchObject({ pinned: [], hidden: ['org:caf'] });
    expect(await prefs.get('p2')).toMatchObject({ pinned: ['situation'] });
  });

  it('refuses a card both pinned and hidden', async () => {
    const prefs = new PreferencesRepository(h.db);
    await expect(prefs.set('p3', { pinned: ['x'], hidden: ['x'] }, 1)).rejects.toThrow(
      /à la fois épinglée et masquée/,
    );
  });

  it('tracks an error report through its workflow', async () => {
    const reports = new ErrorReportsRepository(h.db);
    const r = await reports.create(
      'r1',
      { organisation: 'caf', subject: 'right:rsa', message: 'Le montant de mars est faux.' },
      1000,
    );
    expect(r).toMatchObject({ status: 'received', organisation: 'caf', subject: 'right:rsa' });
    await reports.advance(r.id, 'forwarded', null, 2000);
    await reports.advance(r.id, 'corrected', 'Montant rectifié', 3000);
    const after = await reports.get('r1', r.id);
    expect(after?.status).toBe('corrected');
    expect(after?.events).toEqual([
      { status: 'received', note: null, at: 1000 },
      { status: 'forwarded', note: null, at: 2000 },
      { status: 'corrected', note: 'Montant rectifié', at: 3000 },
    ]);
    await expect(reports.advance(r.id, 'in-review', null, 4000)).rejects.toBeInstanceOf(
      ReportTransitionError,
    );
    // Another person never sees it.
    expect(await reports.get('someone-else', r.id)).toBeUndefined();
  });

  it('lists the newest report first and deletes all of a person’s reports', async () => {
    const reports = new ErrorReportsRepository(h.db);
    const message = 'Adresse ancienne encore affichée.';
    await reports.create('r2', { organisation: 'cpam', subject: 'situation:address', message }, 1);
    await reports.create('r2', { organisation: 'impots', subject: 'tax:2025', message }, 2);
    expect((await reports.list('r2')).map((r) => r.organisation)).toEqual(['impots', 'cpam']);
    await reports.deleteForUser('r2');
    expect(await reports.list('r2')).toEqual([]);
    expect(await reports.list('r1')).toHaveLength(1);
  });

  it('rejects a too short message with a French explanation', async () => {
    const reports = new ErrorReportsRepository(h.db);
    await expect(
      reports.create('r3', { organisation: 'caf', subject: 'right:af', message: 'faux' }, 1),
    ).rejects.toThrow(/10 caractères/);
  });

  it('caches one answer per person and organisation, with its date', async () => {
    const cache = new ConnectorCacheRepository(h.db);
    await cache.put('c1', 'caf', { rights: [1] }, 100);
    await cache.put('c1', 'caf', { rights: [2] }, 200);
    await cache.put('c1', 'msa', { rights: [] }, 50);
    await cache.put('c2', 'caf', { rights: [3] }, 300);
    expect(await cache.get('c1', 'caf')).toEqual({ payload: { rights: [2] }, fetchedAt: 200 });
    expect(await cache.listForUser('c1')).toEqual([
      { organisation: 'caf', fetchedAt: 200 },
      { organisation: 'msa', fetchedAt: 50 },
    ]);
    expect(await cache.deleteOlderThan(100)).toBe(1);
    await cache.deleteForUser('c1');
    expect(await cache.get('c1', 'caf')).toBeUndefined();
    expect(await cache.get('c2', 'caf')).toMatchObject({ fetchedAt: 300 });
  });
});
