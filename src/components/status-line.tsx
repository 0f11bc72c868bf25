/**
 * A status line that says what the last action did ("Deleted FS01. Undo brings it back.") and
 * clears itself once the plan changes in any other way, so a stale sentence never describes the
 * next edit. The draft at the moment the message was set is remembered; any later draft hides it.
 */
import { useState } from 'react';
import { usePlanStore } from '@/store';

export interface StatusMessage {
  text: string;
  /** Changes with every new message, even when the text repeats. */
  seq: number;
}

export function StatusLine({ status, className }: { status: StatusMessage | null; className?: string }) {
  const draft = usePlanStore((s) => s.draft);
  const [shown, setShown] = useState<{ seq: number; draft: unknown } | null>(null);
  // A new message belongs to the draft on screen now (the action that set it has already committed).
  if (status && shown?.seq !== status.seq) setShown({ seq: status.seq, draft });
  const current = status && shown?.seq === status.seq && shown.draft === draft ? status.text : '';
  return (
    <p className={className} role="status">
      {current}
    </p>
  );
}

let counter = 0;
/** A new status message (a fresh `seq` each call). */
export const statusMessage = (text: string): StatusMessage => ({ text, seq: ++counter });
