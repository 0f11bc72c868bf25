/**
 * What this browser tab last showed: the plan id and the hash written to the address bar. Kept in
 * session storage (per tab, survives reloads). On a reload the address bar still holds this tab's
 * own link, possibly from before the last edit (the hash follows edits after 200 ms, the saved
 * plan is flushed on page hide), so it must not be opened as a shared link; and the tab reopens its
 * own plan even if another tab opened a different one since.
 */
export const TAB_MEMORY_KEY = 'replica-planner:tab';

export interface TabMemory {
  planId: string;
  hash: string;
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
    const { planId, hash } = json as Record<string, unknown>;
    return typeof planId === 'string' && typeof hash === 'string' ? { planId, hash } : null;
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

/** Whether the address bar's hash is this tab's own link to the plan it has open (a reload). */
export const isOwnLink = (hash: string, openPlanId: string, memory: TabMemory | null): boolean =>
  memory !== null && memory.hash === hash && memory.planId === openPlanId;
