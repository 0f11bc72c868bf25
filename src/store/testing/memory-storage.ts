import type { LibraryStorage } from '../plan-library';

/** An in-memory local storage; `failWrites` makes setItem throw like a full quota. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const control = { failWrites: false };
  const storage: LibraryStorage & { readonly length: number } = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (control.failWrites) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, String(value));
    },
    removeItem: (key) => void data.delete(key),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  return { storage, data, control };
}
