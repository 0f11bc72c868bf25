import { vmNameOf } from './vm-names';
import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { formatClock, formatCount, formatDuration, formatMbps, formatMbpsAsEntered } from '@/lib/format';
import { unboundedSentence } from './unbounded';
import { measuredCheck } from './measured-check';

export type VerdictTone = 'ok' | 'warning' | 'bad';

/** The one-sentence answer to "is this uplink enough?", with the numbers that back it. */
export interface Verdict {
  tone: VerdictTone;
  /** "Enough", "Not enough", …: what a customer reads first. */
  title: string;
  /** The sentence: VM, time and the uplink needed. */
  detail: string;
}

/** A VM within this share of the failure window counts as "near" it. */
const NEAR_WINDOW_SHARE = 0.75;

/** Display name of a VM in the result, falling back to its id. */
export function vmLabel(result: PlanResult, vmId: string | null | undefined): string {
  if (!vmId) return 'no VM';
  return vmNameOf(result, vmId);
}

/** "34 Mbps", or why no uplink figure exists. */
const need = (mbps: number | null) => (mbps === null ? 'more than uplink alone can give' : formatMbps(mbps));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Stability first (a growing backlog never recovers), then the failure window, missed cycles and
 * the target RPO; an extended hop that cannot keep up is added to any verdict.
 */
export function verdictOf(plan: Plan, result: PlanResult): Verdict {
  const uplink = formatMbpsAsEntered(plan.link.uplinkMbps);
  const window = `${formatDuration(result.failureWindow.windowSeconds)} failure window`;
  const req = result.bandwidth.requiredUplinkMbps;
  const worst = `worst RPO ${formatDuration(result.rpo.worstSeconds)} (${vmLabel(result, result.rpo.worstVmId)})`;
  const verdict = withMeasured(mainVerdict());
  const ext = result.extended;
  if (ext && !ext.stable) {
    return {
      tone: 'bad',
      title: verdict.tone === 'bad' ? verdict.title : 'Not enough at the extended site',
      detail: `${verdict.detail} The extended hop cannot keep up: its link needs ${need(ext.requiredUplinkMbpsStable)}.`,
    };
  }
  return verdict;

  /** The worse of the modelled day and the measured week's replay, with the reason (measured-check.ts). */
  function withMeasured(modelled: Verdict): Verdict {
    const check = measuredCheck(plan, result);
    if (!check) return modelled;
    if (check.kind === 'current' && check.misses && modelled.tone === 'ok') {
      return {
        tone: 'warning',
        title: 'Not enough for the target RPO in the measured week',
        detail: `${check.sentence} The modelled day alone would say: ${modelled.detail}`,
      };
    }
    return { ...modelled, detail: `${modelled.detail} ${check.sentence}` };
  }

  function mainVerdict(): Verdict {
    const { breached, vmsBreaching, firstBreachSeconds, firstBreachVmId } = result.failureWindow;
    if (!result.stable) {
      // SPEC §5.3a: no finite worst RPO is the answer here; say how fast it grows and when a resync comes.
      const inside = req.withinFailureWindow === null ? '' : `, ${need(req.withinFailureWindow)} to stay inside the ${window}`;
      return {
        tone: 'bad',
        title: 'Not enough — the RPO grows without limit',
        detail: [`The ${uplink} uplink cannot keep up: the replication backlog grows every day.`, unboundedSentence(result), `You need ${need(req.stable)} to keep up${inside}.`]
          .filter(Boolean)
          .join(' '),
      };
    }
    if (breached) {
      // Other VMs are plan rows, as on the cards; copies are named only when groups make the counts differ.
      const rows = result.vms.filter((v) => v.failureWindowBreach).length;
      const copies = vmsBreaching !== rows ? `, ${formatCount(vmsBreaching)} copies in all` : '';
      const others = rows > 1 ? ` (${plural(rows - 1, 'other VM')} too${copies})` : vmsBreaching > 1 ? ` (all ${formatCount(vmsBreaching)} copies)` : '';
      const at = firstBreachSeconds === null ? '' : ` at ${formatClock(firstBreachSeconds)}`;
      return {
        tone: 'bad',
        title: 'Not enough',
        detail: `${vmLabel(result, firstBreachVmId)} breaches the ${window}${at}${others}; you need ${need(req.withinFailureWindow)} to stay inside it, ${need(req.noMissedCycles)} to never miss a cycle.`,
      };
    }
    const target = plan.replication.targetRpoMinutes;
    if (target !== null && result.rpo.worstSeconds > target * 60) {
      return {
        tone: 'warning',
        title: 'Enough for the failure window, not for the target RPO',
        detail: `The ${uplink} uplink stays inside the ${window}, but the ${worst} misses the ${formatDuration(target * 60)} target; you need ${need(req.targetRpo)} to meet it.`,
      };
    }
    if (result.cycles.missed > 0) {
      return {
        tone: 'warning',
        title: 'Enough, with missed cycles',
        detail: `The ${uplink} uplink stays inside the ${window} (${worst}), but ${formatCount(result.cycles.missed)} of ${formatCount(result.cycles.total)} cycles are missed; you need ${need(req.noMissedCycles)} to never miss a cycle.`,
      };
    }
    const closest = result.vms.reduce<PlanResult['vms'][number] | null>((a, vm) => (a && a.maxCycleDelaySeconds >= vm.maxCycleDelaySeconds ? a : vm), null);
    const windowSeconds = result.failureWindow.windowSeconds;
    const near =
      closest && closest.maxCycleDelaySeconds >= NEAR_WINDOW_SHARE * windowSeconds
        ? `${closest.name} comes within ${formatDuration(windowSeconds - closest.maxCycleDelaySeconds)} of the ${window}`
        : `no VM near the ${window}`;
    return { tone: 'ok', title: 'Enough', detail: `The ${uplink} uplink is enough: ${worst}, ${near}.` };
  }
}
