import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deviceDraft, indexedDbDraft, memoryDraft } from './device-drafts.ts';

const schema = z.object({ postalCode: z.string(), line: z.string() });
const draft = { postalCode: '29200', line: '3 quai de la Douane' };

describe('drafts kept on the device', () => {
  it('survives a new connection (a reload) and can be cleared', async () => {
    const factory = new IDBFactory();
    await indexedDbDraft('test', schema, factory).save(draft);
    expect(await indexedDbDraft('test', schema, factory).load()).toEqual(draft);
    await indexedDbDraft('test', schema, factory).clear();
    expect(await indexedDbDraft('test', schema, factory).load()).toBeUndefined();
  });

  it('drops a stored value that no longer reads instead of crashing', async () => {
    const factory = new IDBFactory();
    await indexedDbDraft('test', z.unknown(), factory).save({ postalCode: 29200 });
    expect(await indexedDbDraft('test', schema, factory).load()).toBeUndefined();
  });

  it('keeps nothing beyond memory when the device is shared', async () => {
    const store = deviceDraft('test', schema, { ephemeral: true });
    await store.save(draft);
    expect(await store.load()).toEqual(draft);
    expect(await deviceDraft('test', schema, { ephemeral: true }).load()).toBeUndefined();
    expect(await memoryDraft().load()).toBeUndefined();
  });
});
