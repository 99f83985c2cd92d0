// A form in progress kept on the device (IndexedDB), so that a reload, a lost network or a detour
// through the login page loses nothing typed. On a kiosk, on a discreet journey or where
// IndexedDB is missing (some private windows) it lives in memory only: nothing stays behind.
import type { z } from 'zod';

export interface DraftStore<T> {
  load(): Promise<T | undefined>;
  save(draft: T): Promise<void>;
  clear(): Promise<void>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('indexedDB request failed'));
    };
  });
}

/** One record under `key` in its own database; a stored value that no longer parses is dropped. */
export function indexedDbDraft<T>(
  name: string,
  schema: z.ZodType<T>,
  factory: IDBFactory = indexedDB,
): DraftStore<T> {
  let db: Promise<IDBDatabase> | undefined;
  const conn = () =>
    (db ??= new Promise((resolve, reject) => {
      const req = factory.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('drafts');
      req.onsuccess = () => {
        // The wipe deletes every database: let it, and reopen afresh on the next use.
        req.result.onversionchange = () => {
          req.result.close();
          db = undefined;
        };
        resolve(req.result);
      };
      req.onerror = () => {
        reject(req.error ?? new Error('indexedDB open failed'));
      };
    }));
  const store = async (mode: IDBTransactionMode) =>
    (await conn()).transaction('drafts', mode).objectStore('drafts');
  return {
    async load() {
      const raw: unknown = await request((await store('readonly')).get('current'));
      const parsed = schema.safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    },
    async save(draft) {
      await request((await store('readwrite')).put(draft, 'current'));
    },
    async clear() {
      await request((await store('readwrite')).delete('current'));
    },
  };
}

export function memoryDraft<T>(): DraftStore<T> {
  let draft: T | undefined;
  return {
    load: () => Promise.resolve(draft),
    save: (d) => {
      draft = d;
      return Promise.resolve();
    },
    clear: () => {
      draft = undefined;
      return Promise.resolve();
    },
  };
}

/** The store to use: memory only when nothing may stay on the device. */
export function deviceDraft<T>(
  name: string,
  schema: z.ZodType<T>,
  o: { readonly ephemeral: boolean },
): DraftStore<T> {
  return o.ephemeral || typeof indexedDB === 'undefined'
    ? memoryDraft<T>()
    : indexedDbDraft(name, schema);
}
