// The simulation the person keeps on this device (the simulator's IndexedDB draft), read to be
// shared with an adviser. Read-only, and checked with the shared contract: a draft that does not
// read is "no simulation", never a crash.
import { sharedSituation, type SharedSituation } from '../../../shared/contracts/assisted.ts';

const DB_NAME = 'droits360-simulate';
const STORE = 'drafts';
const KEY = 'current';

function openExisting(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const req = indexedDB.open(DB_NAME);
    req.onupgradeneeded = () => {
      // Nothing saved yet: do not create the simulator's database here.
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      resolve(null);
    };
  });
}

export async function savedSimulation(): Promise<SharedSituation | null> {
  if (typeof indexedDB === 'undefined') return null;
  const db = await openExisting();
  if (!db) return null;
  try {
    if (!db.objectStoreNames.contains(STORE)) return null;
    const raw = await new Promise<unknown>((resolve) => {
      const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      req.onsuccess = () => {
        resolve(req.result);
      };
      req.onerror = () => {
        resolve(undefined);
      };
    });
    const r = raw as { answers?: unknown; benefits?: unknown } | undefined;
    const parsed = sharedSituation.safeParse({ answers: r?.answers, benefits: r?.benefits });
    if (!parsed.success || Object.keys(parsed.data.answers).length === 0) return null;
    return parsed.data;
  } finally {
    db.close();
  }
}
