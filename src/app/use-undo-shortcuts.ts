import { useEffect } from 'react';
import type { PlanStore } from '@/store';

/**
 * Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y; ⌘ on macOS) undo and redo plan edits anywhere on the page,
 * inputs included: the store's history is the one undo the user needs (an input's own undo would
 * only revert its text and then record that as a new edit).
 */
export function useUndoShortcuts(store: PlanStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      const undo = key === 'z' && !e.shiftKey;
      if (!undo && !redo) return;
      if (e.target instanceof HTMLElement && e.target.closest('dialog[open]')) return; // a paste box keeps its own undo
      e.preventDefault();
      if (undo) store.getState().undo();
      else store.getState().redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
