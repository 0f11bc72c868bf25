import { describe, expect, it } from 'vitest';
import { STORAGE_QUOTA_CHARS, formatChars, storageFullMessage, storageUseChars } from './storage-use';

/** A Storage-like map. */
function fakeStorage(entries: Record<string, string>) {
  const keys = Object.keys(entries);
  return { length: keys.length, key: (k: number) => keys[k] ?? null, getItem: (key: string) => entries[key] ?? null };
}

describe('storage use', () => {
  it('counts keys and values in characters', () => {
    // 'a' + 'xyz' = 4, 'plan' + 10 × 'p' = 14 → 18.
    expect(storageUseChars(fakeStorage({ a: 'xyz', plan: 'p'.repeat(10) }))).toBe(18);
  });

  it('is unknown for storage that cannot be listed or throws', () => {
    expect(storageUseChars(null)).toBeNull();
    expect(storageUseChars({ getItem: () => null })).toBeNull();
    const throwing = { length: 1, key: () => 'k', getItem: () => { throw new DOMException('denied', 'SecurityError'); } };
    expect(storageUseChars(throwing)).toBeNull();
  });

  it('says when the plan itself does not fit in what is left, with both sizes', () => {
    // 2.1 M characters of plan, 3.5 M used of 5 × 2^20 = 5 242 880: 1.74 M left < 2.1 M.
    const message = storageFullMessage(2_100_000, 3_500_000);
    expect(message).toContain('This plan (2.1 million characters) does not fit');
    expect(message).toContain('3.5 million characters of about 5.2 million characters in use');
    expect(message).toContain('Save JSON');
    expect(message).toContain('My plans');
  });

  it('falls back to the plain message when the plan would fit or the use is unknown', () => {
    expect(storageFullMessage(1000, 10_000)).toMatch(/^This browser is not letting the planner save \(10 thousand characters/);
    expect(storageFullMessage(1000, null)).toMatch(/^This browser is not letting the planner save: .*Save JSON or Copy link\.$/);
    expect(formatChars(STORAGE_QUOTA_CHARS)).toBe('5.2 million characters');
  });
});
