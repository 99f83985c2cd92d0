// Keeps the simulation in progress on the device (IndexedDB), so that a reload or a lost network
// loses nothing. Where the device may not keep it (kiosk, discreet journey) the store is
// memory-only: the next person must see nothing.
import { z } from 'zod';
import type { Answers } from '../../../engine/questions/index.ts';

const DB_NAME = 'droits360-simulate';
const STORE = 'drafts';
const KEY = 'current';

export interface Draft {
  readonly answers: Answers;
  readonly benefits: readonly string[];
  /** Question keys filled from the person's profile (shown as "pré-rempli"). */
  readonly prefilled: readonly string[];
}

export const EMPTY_DRAFT: Draft = { answers: {}, benefits: [], prefilled: [] };

const draftSchema = z.object({
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  benefits: z.array(z.string()),
  prefilled: z.array(z.string()).default([]),
});

export interface DraftStore {
  load(): Promise<Draft>;
  save(draft: Draft): Promise<void>;
  clear(): Promise<void>;
}

function open(factory: IDBFactory, onClose: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => {
      // The wipe deletes every database: close at once so that it is not blocked.
      req.result.onversionchange = () => {
        req.result.close();
        onClose();
      };
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('indexedDB open failed'));
    };
  });
}

function run<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  op: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = op(db.transaction(STORE, mode).objectStore(STORE));
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('indexedDB request failed'));
    };
  });
}

export function indexedDbStore(factory: IDBFactory = indexedDB): DraftStore {
  let db: Promise<IDBDatabase> | undefined;
  const conn = () =>
    (db ??= open(factory, () => {
      db = undefined;
    }));
  return {
    async load() {
      const raw: unknown = await run(await conn(), 'readonly', (s) => s.get(KEY));
      // A draft written by an older version (or tampered with) is dropped, never a crash.
      const parsed = draftSchema.safeParse(raw);
      return parsed.success ? parsed.data : EMPTY_DRAFT;
    },
    async save(draft) {
      await run(await conn(), 'readwrite', (s) => s.put(draft, KEY));
    },
    async clear() {
      await run(await conn(), 'readwrite', (s) => s.delete(KEY));
    },
  };
}

export function memoryStore(): DraftStore {
  let draft = EMPTY_DRAFT;
  return {
    load: () => Promise.resolve(draft),
    save: (d) => {
      draft = d;
      return Promise.resolve();
    },
    clear: () => {
      draft = EMPTY_DRAFT;
      return Promise.resolve();
    },
  };
}

/** The store to use: memory unless the device may keep it (see `mayKeep()`), or without IndexedDB. */
export function draftStore(ephemeral: boolean): DraftStore {
  return ephemeral || typeof indexedDB === 'undefined' ? memoryStore() : indexedDbStore();
}
