import type { PlanResult } from '@/engine';
import { formatClock, formatDuration } from '@/lib/format';

export type VerdictTone = 'ok' | 'warning' | 'bad';

/** The one-line answer to "does this plan work?", with the reason. */
export interface Verdict {
  tone: VerdictTone;
  title: string;
  detail: string;
}

/** Display name of a VM in the result, falling back to its id. */
export function vmLabel(result: PlanResult, vmId: string | null | undefined): string {
  if (!vmId) return 'no VM';
  return result.vms.find((vm) => vm.id === vmId)?.name ?? vmId;
}

/** Stability first (a growing backlog never recovers), then the failure window. */
export function verdictOf(result: PlanResult): Verdict {
  const window = formatDuration(result.failureWindow.windowSeconds);
  const { breached, vmsBreaching, firstBreachSeconds, firstBreachVmId } = result.failureWindow;
  const firstBreach =
    firstBreachSeconds === null ? '' : ` First breach at ${formatClock(firstBreachSeconds)} (${vmLabel(result, firstBreachVmId)}).`;
  const breachers = `${vmsBreaching} VM${vmsBreaching === 1 ? '' : 's'}`;

  if (!result.stable) {
    return {
      tone: 'bad',
      title: 'Not stable: the uplink cannot keep up',
      detail: `The replication backlog grows day over day, so replication falls further behind every day.${
        breached ? ` The ${window} failure window is breached by ${breachers}.${firstBreach}` : ''
      }`,
    };
  }
  if (breached) {
    return {
      tone: 'warning',
      title: `Stable, but the ${window} failure window is breached`,
      detail: `Replication keeps up over the day, but ${breachers} wait longer than ${window} for a cycle to complete.${firstBreach}`,
    };
  }
  return {
    tone: 'ok',
    title: `Stable and within the ${window} failure window`,
    detail: 'Replication keeps up over the day and every cycle completes within the failure window.',
  };
}
