import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, draftStore, indexedDbStore, memoryStore } from './answers-store.ts';

const draft = { answers: { couple: false, loyer: 720 }, benefits: ['rsa'], prefilled: ['couple'] };

describe('draft store', () => {
  it('keeps the draft across connections (a reload) in IndexedDB', async () => {
    const factory = new IDBFactory();
    await indexedDbStore(factory).save(draft);
    expect(await indexedDbStore(factory).load()).toEqual(draft);
    await indexedDbStore(factory).clear();
    expect(await indexedDbStore(factory).load()).toEqual(EMPTY_DRAFT);
  });

  it('drops a malformed stored draft instead of crashing', async () => {
    const factory = new IDBFactory();
    await indexedDbStore(factory).save({ answers: { x: { nested: true } } } as never);
    expect(await indexedDbStore(factory).load()).toEqual(EMPTY_DRAFT);
  });

  it('keeps nothing beyond memory where the device may not keep it', async () => {
    const kiosk = draftStore(true);
    await kiosk.save(draft);
    expect(await kiosk.load()).toEqual(draft);
    expect(await draftStore(true).load()).toEqual(EMPTY_DRAFT);
    expect(await memoryStore().load()).toEqual(EMPTY_DRAFT);
  });
});
