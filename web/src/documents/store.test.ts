// The 50-document limit at the store, on the test database's engine (SQLite, or PostgreSQL when
// DATABASE_URL is set: there the per-person lock is what keeps parallel uploads in line).
import { Readable } from 'node:stream';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testDialect } from '../db/__fixtures__/test-database.ts';
import type { Db } from '../db/database.ts';
import { PDF, tempDir } from './__fixtures__/files.ts';
import { DocumentStore, MAX_DOCUMENTS, UploadRefused } from './store.ts';

let h: Db;
let dir: string;
beforeAll(async () => {
  h = await testDatabase();
  dir = await tempDir();
});
afterAll(async () => {
  await h.close();
  await rm(dir, { recursive: true, force: true });
});

describe(`documents on ${testDialect}`, () => {
  it('never passes the limit when uploads arrive in parallel', async () => {
    const store = new DocumentStore(h.db, { dir, maxBytes: 1024 * 1024 });
    const results = await Promise.allSettled(
      Array.from({ length: MAX_DOCUMENTS + 8 }, (_, i) =>
        store.save('parallel-person', `piece-${i}.pdf`, Readable.from([PDF])),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(MAX_DOCUMENTS);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(8);
    for (const r of refused) expect(r.reason).toBeInstanceOf(UploadRefused);
    expect(await store.list('parallel-person')).toHaveLength(MAX_DOCUMENTS);
  });
});
