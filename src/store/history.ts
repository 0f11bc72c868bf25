/** Undo history of drafts: pure functions, so the store stays a thin shell around them. */

/** Past drafts (oldest first) and undone ones (most recently undone last). */
export interface History<T> {
  past: readonly T[];
  future: readonly T[];
}

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [] });

/** Steps kept; older ones are dropped first. */
export const HISTORY_LIMIT = 200;

/** Record `previous` as an undo step (a new edit clears the redo list). */
export function pushPast<T>(history: History<T>, previous: T, limit = HISTORY_LIMIT): History<T> {
  const past = [...history.past, previous];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** Step back: `current` goes to the redo list; null when there is nothing to undo. */
export function undoStep<T>(history: History<T>, current: T): { history: History<T>; value: T } | null {
  const value = history.past[history.past.length - 1];
  if (history.past.length === 0) return null;
  return { history: { past: history.past.slice(0, -1), future: [...history.future, current] }, value: value as T };
}

/** Step forward again; null when there is nothing to redo. */
export function redoStep<T>(history: History<T>, current: T): { history: History<T>; value: T } | null {
  const value = history.future[history.future.length - 1];
  if (history.future.length === 0) return null;
  return { history: { past: [...history.past, current], future: history.future.slice(0, -1) }, value: value as T };
}
