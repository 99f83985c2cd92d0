import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from './__fixtures__/test-database.ts';
import type { Db } from './database.ts';
import { UsersRepository } from './users.ts';

let h: Db;
beforeAll(async () => {
  h = await testDatabase();
});
afterAll(() => h.close());

const nadia = { sub: 'touch-1', given_name: 'Nadia', family_name: 'Exemple' };

describe('the visits of a person', () => {
  it('are written at most once a minute, not on every dashboard read', async () => {
    const users = new UsersRepository(h.db);
    await users.touch(nadia, 1_000_000);
    await users.touch(nadia, 1_030_000);
    expect((await users.get('touch-1'))?.lastSeenAt).toBe(1_000_000);
    await users.touch(nadia, 1_061_000);
    expect((await users.get('touch-1'))?.lastSeenAt).toBe(1_061_000);
  });
});
