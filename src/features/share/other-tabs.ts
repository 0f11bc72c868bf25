/**
 * Two tabs on one plan: each saves as it edits, so whichever saved last would silently win. When
 * another tab saves the plan open here, this tab says so and offers that version; editing on here
 * keeps this tab's (its next save replaces the other's, and that tab is told in turn).
 */
import type { PlanLibrarySession, PlanStore } from '@/store';

interface WatchOptions {
  store: PlanStore;
  session: Pick<PlanLibrarySession, 'currentKey' | 'reloadCurrent'>;
  /** Where `storage` events arrive: the window. */
  target?: EventTarget;
}

/** The plan inside a saved envelope, as JSON text (for comparing with the draft); null if unreadable. */
function savedPlanText(value: string): string | null {
  try {
    const envelope: unknown = JSON.parse(value);
    return typeof envelope === 'object' && envelope !== null && 'plan' in envelope ? JSON.stringify(envelope.plan) : null;
  } catch {
    return null;
  }
}

/** Start watching; returns the function that stops it. */
export function watchOtherTabs({ store, session, target = window }: WatchOptions): () => void {
  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (key === null || key !== session.currentKey() || newValue === null) return;
    // Both tabs hold the same plan (e.g. one just loaded the other's version): nothing to choose.
    if (savedPlanText(newValue) === JSON.stringify(store.getState().draft)) return;
    const name = store.getState().draft.name || 'Untitled plan';
    store.getState().setNotice({
      kind: 'changed-in-another-tab',
      message: `“${name}” was just changed in another tab. Load that version, or keep editing here: your next change replaces it.`,
      action: {
        label: 'Load the other tab’s version',
        run: () => {
          const reloaded = session.reloadCurrent();
          store.getState().setNotice(reloaded.ok ? null : { kind: 'changed-in-another-tab', message: reloaded.message });
        },
      },
    });
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
