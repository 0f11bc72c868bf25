/** What the user is told after a link is read: one sentence per outcome, plan names in quotes. */
import type { SharedPlanOutcome } from '@/store';
import { quotedPlanName } from '@/lib/format';
import type { DecodedLink } from './link-codec';


/** Banner text for a link that could not be opened; the open plan is named as kept. */
export function badLinkMessage(error: Extract<DecodedLink, { kind: 'error' }>, openPlanName: string): string {
  return `The shared link could not be opened: ${error.message}. Your plan ${quotedPlanName(openPlanName)} is unchanged.`;
}

/** Banner text after a good link; null when nothing changed on screen. */
export function openedLinkMessage(outcome: SharedPlanOutcome, sharedName: string): string | null {
  switch (outcome.kind) {
    case 'already-open':
      return null;
    case 'opened-existing':
      return `Opened ${quotedPlanName(sharedName)} from My plans: the shared link holds the same plan.`;
    case 'opened': {
      const opened = `Opened the shared plan ${quotedPlanName(sharedName)}.`;
      if (!outcome.saved) {
        const kept = outcome.keptName === null ? '' : ` Your plan ${quotedPlanName(outcome.keptName)} is unchanged in My plans.`;
        return `${opened} It is not saved: this browser's storage is full or disabled (Undo brings your plan back).${kept}`;
      }
      return outcome.keptName === null ? `${opened} It is saved in My plans.` : `${opened} Your plan ${quotedPlanName(outcome.keptName)} is kept in My plans.`;
    }
  }
}
