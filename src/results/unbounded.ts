/**
 * SPEC §5.3a in words: an unstable plan's RPO grows without limit, so the 7th simulated day's worst
 * RPO is never presented as the answer. These helpers are what the planner, the report, the CSV and
 * the CLI say instead.
 */
import { vmNameOf } from './vm-names';
import type { PlanResult, VmResult } from '@/engine';
import { formatClock, formatDuration, formatVmCount } from '@/lib/format';

const DAY = 86_400;

/** "about 62 days", "about 1 day", "less than a day". */
export function aboutDays(seconds: number): string {
  if (seconds < DAY) return 'less than a day';
  if (seconds >= 730 * DAY) return `about ${Math.round(seconds / (365 * DAY))} years`;
  const days = Math.round(seconds / DAY);
  return `about ${days} day${days === 1 ? '' : 's'}`;
}

/** "day 1, 00:45": a moment counted from the start of replication (00:00 of day 1). */
export function dayAndClock(secondsFromStart: number): string {
  const day = Math.floor(secondsFromStart / DAY);
  return `day ${day + 1}, ${formatClock(secondsFromStart - day * DAY)}`;
}

const nameOf = (result: PlanResult, vmId: string | null) => (vmId === null ? 'a VM' : vmNameOf(result, vmId));

/** The plan's worst RPO as an answer: a duration, or "grows without limit". */
export function worstRpoFigure(result: PlanResult): string {
  return result.rpo.unbounded ? 'grows without limit' : formatDuration(result.rpo.worstSeconds);
}

/** "about 21 h more each day (FS01)"; null when bounded. */
export function rpoGrowthText(result: PlanResult): string | null {
  if (!result.rpo.unbounded) return null;
  const growth = result.rpo.growthSecondsPerDay;
  const who = result.rpo.growthVmId ? ` (${nameOf(result, result.rpo.growthVmId)})` : '';
  return growth > 0 ? `about ${formatDuration(growth)} more each day${who}` : `more each day${who}`;
}

/** "SQL01 would need a resync after about 62 days"; null when no VM's log passes 50 % of its disks. */
export function resyncText(result: PlanResult): string | null {
  const first = result.rpo.firstResync;
  if (!first) return null;
  const seen = first.afterSeconds <= result.daysSimulated * DAY;
  return `${nameOf(result, first.vmId)} ${seen ? 'needs' : 'would need'} a resync after ${aboutDays(first.afterSeconds)}`;
}

/** "The RPO grows without limit, about 21 h more each day (FS01); SQL01 would need a resync after about 62 days." */
export function unboundedSentence(result: PlanResult): string | null {
  if (!result.rpo.unbounded) return null;
  const growth = rpoGrowthText(result);
  const resync = resyncText(result);
  return `The RPO grows without limit${growth ? `, ${growth}` : ''}${resync ? `; ${resync}` : ''}.`;
}

/** One VM's worst RPO as an answer: a duration, or "grows ~21 h/day" when its lag grows without limit. */
export function vmRpoFigure(result: PlanResult, vm: Pick<VmResult, 'worstRpoSeconds' | 'rpoGrowthSecondsPerDay'>): string {
  return rpoFigure(vm.worstRpoSeconds, result.rpo.unbounded ? vm.rpoGrowthSecondsPerDay : 0);
}

/** A worst RPO, or its growth per day when it grows without limit (growth > 0). */
export function rpoFigure(worstSeconds: number, growthSecondsPerDay: number): string {
  return growthSecondsPerDay > 0 ? `grows ${formatDuration(growthSecondsPerDay)}/day` : formatDuration(worstSeconds);
}

/** When the failure window is first broken: the moment since the start for an unbounded plan, else the clock time of the repeating day. */
export function firstBreachText(result: PlanResult): string | null {
  const fw = result.failureWindow;
  if (!fw.breached) return null;
  if (result.rpo.unbounded && fw.firstBreachFromStartSeconds !== null) return `from ${dayAndClock(fw.firstBreachFromStartSeconds)} on`;
  return fw.firstBreachSeconds === null ? null : `at ${formatClock(fw.firstBreachSeconds)}`;
}

/**
 * Who breaks the failure window, in the UI's VM/copy words: "7 VMs (18 copies)" — plan VMs (a
 * group is one) with a breach, and the copies they stand for (the engine's `vmsBreaching`).
 */
export function breachingVmsText(result: PlanResult): string {
  return formatVmCount(result.vms.filter((vm) => vm.failureWindowBreach).length, result.failureWindow.vmsBreaching);
}
