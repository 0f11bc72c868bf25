/**
 * What this browser tab last showed: the plan id and the hashes it wrote to the address bar for
 * that plan. Kept in session storage (per tab, survives reloads). On a reload the address bar
 * holds this tab's own link, possibly from before the last edit (the hash follows edits after
 * 200 ms, the saved plan is flushed on page hide), so it must not be opened as a shared link; and
 * the tab reopens its own plan even if another tab opened a different one since.
 *
 * Why several hashes, not only the last: the browser takes the address to reload when the reload
 * begins, but the old page runs on until the new one arrives, and a late timer may write a newer
 * link (and memory) in between. The reloaded page then starts on a link that is one step older
 * than the memory's newest; it is still this tab's own (issue 13: the last edit was lost).
 */
export const TAB_MEMORY_KEY = 'replica-planner:tab';

/** Links remembered per tab, newest last: a reload can only start on one of the last few (see above). */
export const REMEMBERED_HASHES = 5;

export interface TabMemory {
  planId: string;
  /** The hashes this tab wrote for `planId`, oldest first, at most REMEMBERED_HASHES. */
  hashes: string[];
}

const sessionStore = (): Storage | null => {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
};

/** This tab's memory, or null (none yet, unreadable, or session storage disabled). */
export function readTabMemory(storage: Storage | null = sessionStore()): TabMemory | null {
  try {
    const json: unknown = JSON.parse(storage?.getItem(TAB_MEMORY_KEY) ?? 'null');
    if (typeof json !== 'object' || json === null) return null;
    const { planId, hashes, hash } = json as Record<string, unknown>;
    if (typeof planId !== 'string') return null;
    if (Array.isArray(hashes) && hashes.every((h) => typeof h === 'string')) return { planId, hashes: hashes as string[] };
    // Written by a release before the list: its one hash.
    return typeof hash === 'string' ? { planId, hashes: [hash] } : null;
  } catch {
    return null;
  }
}

export function writeTabMemory(memory: TabMemory, storage: Storage | null = sessionStore()): void {
  try {
    storage?.setItem(TAB_MEMORY_KEY, JSON.stringify(memory));
  } catch {
    // Session storage full or disabled: a reload then treats the address bar as a link, which is safe.
  }
}

/** Note that this tab's address bar now shows `hash` for plan `planId`; another plan starts a new list. */
export function rememberOwnLink(planId: string, hash: string, storage: Storage | null = sessionStore()): void {
  const memory = readTabMemory(storage);
  const earlier = memory?.planId === planId ? memory.hashes.filter((h) => h !== hash) : [];
  writeTabMemory({ planId, hashes: [...earlier, hash].slice(-REMEMBERED_HASHES) }, storage);
}

/** Whether the address bar's hash is one of this tab's own links to the plan it has open (a reload). */
export const isOwnLink = (hash: string, openPlanId: string, memory: TabMemory | null): boolean =>
  memory !== null && memory.planId === openPlanId && memory.hashes.includes(hash);
