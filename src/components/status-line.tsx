/**
 * Status lines say what the last action did ("Deleted FS01. Undo brings it back.", "Link
 * copied"). A message is superseded — and cleared — as soon as the plan changes in any other way,
 * or another status line on the page says something newer, so a stale sentence never sits beside
 * the next action. The draft at the moment a message first shows is remembered; any later draft
 * hides it.
 */
import { useState, useSyncExternalStore } from 'react';
import { usePlanStore } from '@/store';

export interface StatusMessage {
  text: string;
  /** Increases with every new message on the page, even when the text repeats. */
  seq: number;
}

// The newest message's number, shared by every status line on the page.
let latest = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const getLatest = () => latest;

/** A new status message; every other status line's message is superseded by it. */
export function statusMessage(text: string): StatusMessage {
  latest += 1;
  for (const listener of listeners) listener();
  return { text, seq: latest };
}

interface StatusLineProps {
  status: StatusMessage | null;
  className?: string;
  /** A span inside a toolbar, a paragraph under it. */
  as?: 'p' | 'span';
  /** Accessible name when several status lines share a region ("File status"). */
  label?: string;
}

export function StatusLine({ status, className, as: Tag = 'p', label }: StatusLineProps) {
  const draft = usePlanStore((s) => s.draft);
  const newest = useSyncExternalStore(subscribe, getLatest, getLatest);
  const [shown, setShown] = useState<{ seq: number; draft: unknown } | null>(null);
  // A new message belongs to the draft on screen now (the action that set it has already committed).
  if (status && shown?.seq !== status.seq) setShown({ seq: status.seq, draft });
  const current = status && status.seq === newest && shown?.seq === status.seq && shown.draft === draft ? status.text : '';
  return (
    <Tag className={className} role="status" aria-label={label}>
      {current}
    </Tag>
  );
}
