/** The status line after "Open…", for each way opening can go with My plans (or without it). */
import type { SharedPlanOutcome } from '@/store';
import { quotedPlanName } from '@/lib/format';


/** `source` names where the plan came from: "bad.json" or "the pasted JSON". */
export function openedPlanMessage(outcome: SharedPlanOutcome | 'replaced', name: string, source: string, undoKeys: string): string {
  if (outcome === 'replaced') return `Opened ${quotedPlanName(name)} from ${source}. Undo (${undoKeys}) brings your previous plan back.`;
  switch (outcome.kind) {
    case 'already-open':
      return `${quotedPlanName(name)} from ${source} is the plan already open.`;
    case 'opened-existing':
      return `Opened ${quotedPlanName(name)} from My plans: ${source} holds the same plan.`;
    case 'opened': {
      const opened = `Opened ${quotedPlanName(name)} from ${source}.`;
      const kept = outcome.keptName === null ? '' : ` Your plan ${quotedPlanName(outcome.keptName)} is kept in My plans.`;
      if (!outcome.saved) return `${opened} It is not saved: this browser's storage is full or disabled (Undo brings your plan back).${kept.replace('kept', 'unchanged')}`;
      return outcome.keptName === null ? `${opened} It is saved in My plans.` : `${opened}${kept}`;
    }
  }
}
