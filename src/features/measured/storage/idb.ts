/**
 * A tiny key-value store on IndexedDB (one database, one object store). Measured series are tens
 * of megabytes of typed arrays: too big for localStorage, and structured clone keeps them as they
 * are. Every call resolves to a value; failures (private windows, quota) are `{ ok: false }`.
 */
const DB_NAME = 'replica-planner-measured';
const STORE = 'kv';

export type IdbOutcome<T> = { ok: true; value: T } | { ok: false; reason: string };

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('this browser keeps no local database here'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the local database could not be opened'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<IdbOutcome<T>> {
  try {
    const db = await open();
    try {
      return await new Promise<IdbOutcome<T>>((resolve) => {
        const tx = db.transaction(STORE, mode);
        const request = act(tx.objectStore(STORE));
        tx.oncomplete = () => resolve({ ok: true, value: request.result as T });
        tx.onerror = () => resolve({ ok: false, reason: tx.error?.message ?? 'the local database refused' });
        tx.onabort = () => resolve({ ok: false, reason: tx.error?.message ?? 'the local database gave up (is the disk full?)' });
      });
    } finally {
      db.close();
    }
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

export const idbGet = <T>(key: string) => run<T | undefined>('readonly', (s) => s.get(key));
export const idbSet = (key: string, value: unknown) => run<unknown>('readwrite', (s) => s.put(value, key));
export const idbDelete = (key: string) => run<undefined>('readwrite', (s) => s.delete(key));
