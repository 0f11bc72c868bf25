/**
 * How much of the browser's local storage the planner's origin uses. Browsers cap it per origin
 * at about 5 million characters (keys and values, counted as UTF-16 code units); a write past it
 * throws QuotaExceededError. A 5 000-VM plan is about 2 million characters, so big plans meet the
 * cap after a few saves.
 */

/** Characters the browsers allow per origin (Chromium, Firefox, Safari: about 5 million). */
export const STORAGE_QUOTA_CHARS = 5 * 1024 * 1024;

type Enumerable = Partial<Pick<Storage, 'key' | 'length' | 'getItem'>>;

/** Characters stored under every key (key + value), or null when the storage cannot be listed. */
export function storageUseChars(storage: Enumerable | null): number | null {
  if (!storage || typeof storage.length !== 'number' || !storage.key || !storage.getItem) return null;
  try {
    let used = 0;
    for (let k = 0; k < storage.length; k++) {
      const key = storage.key(k);
      if (key !== null) used += key.length + (storage.getItem(key)?.length ?? 0);
    }
    return used;
  } catch {
    return null;
  }
}

/** "2.1 million characters" — sizes the way the quota counts them. */
export function formatChars(chars: number): string {
  return chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} million characters` : `${Math.max(1, Math.round(chars / 1000))} thousand characters`;
}

/**
 * The notice text when a plan of `planChars` could not be written: whether it is the plan's size
 * against what is left, and what to do about it.
 */
export function storageFullMessage(planChars: number, usedChars: number | null): string {
  const keep = 'your changes will be lost when you close the page. Keep the plan with Save JSON';
  if (usedChars === null) return `This browser is not letting the planner save: ${keep} or Copy link.`;
  const room = Math.max(0, STORAGE_QUOTA_CHARS - usedChars);
  if (planChars > room) {
    return `This plan (${formatChars(planChars)}) does not fit in the browser storage left to the planner (${formatChars(usedChars)} of about ${formatChars(STORAGE_QUOTA_CHARS)} in use): ${keep}, or delete plans you no longer need in My plans.`;
  }
  return `This browser is not letting the planner save (${formatChars(usedChars)} of about ${formatChars(STORAGE_QUOTA_CHARS)} in use): ${keep} or Copy link.`;
}
