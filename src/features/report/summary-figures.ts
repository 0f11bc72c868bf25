/**
 * The executive summary's figures: the uplink each goal needs against the plan's uplink, then one
 * line each for RPO, failure window, storage, initial replication (and the extended site).
 */
import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { formatBytes, formatClock, formatDuration, formatMbps } from '@/lib/format';
import { breachingVmsText, firstBreachText, irAdviceText, irNeverText, measuredCheck, resyncText, rpoGrowthText, vmLabel, worstRpoFigure } from '@/results';
import { METHOD_TEXT } from './report-format';

export interface UplinkRow {
  goal: string;
  /** "0.58 Mbps" or "not reachable by uplink alone". */
  needed: string;
  /** The plan's uplink meets this goal. */
  met: boolean;
  /** "enough" or "0.28 Mbps short". */
  standing: string;
}

export interface KeyFigure {
  label: string;
  value: string;
  detail: string;
  /** The figure says something is wrong (shown with a mark, not colour alone). */
  bad: boolean;
}

/** The uplink each goal needs, compared with the plan's uplink. */
export function buildUplinkRows(plan: Plan, result: PlanResult): UplinkRow[] {
  const current = plan.link.uplinkMbps;
  const req = result.bandwidth.requiredUplinkMbps;
  const target = plan.replication.targetRpoMinutes;
  const goals: [string, number | null][] = [
    ['Keep up (backlog never grows)', req.stable],
    [`Stay inside the ${formatDuration(result.failureWindow.windowSeconds)} failure window`, req.withinFailureWindow],
    ['Never miss a cycle', req.noMissedCycles],
  ];
  if (target !== null) goals.push([`Meet the ${formatDuration(target * 60)} target RPO`, req.targetRpo]);
  // A plan derived from measurements: the measured week's answers too (section 2.1).
  const check = measuredCheck(plan, result);
  if (check?.kind === 'current' && target !== null) {
    goals.push([`Meet it all through the measured week`, check.met100Mbps], [`Meet it 90 % of the measured week`, check.met90Mbps]);
  }
  return goals.map(([goal, mbps]) => {
    if (mbps === null) return { goal, needed: 'not reachable by uplink alone', met: false, standing: 'not reachable' };
    const met = mbps <= current;
    return { goal, needed: formatMbps(mbps), met, standing: met ? 'enough' : `${formatMbps(mbps - current)} short` };
  });
}

function initialReplicationFigure(plan: Plan, result: PlanResult): KeyFigure {
  const ir = result.initialReplication;
  const methods = new Set(ir.vms.map((v) => v.method));
  const how = methods.size === 1 ? METHOD_TEXT[[...methods][0]!] : 'mixed methods';
  const advice = irAdviceText(result);
  return {
    label: 'Initial replication',
    value: ir.totalSeconds === null ? 'never completes' : formatDuration(ir.totalSeconds),
    detail: `${ir.totalSeconds === null ? `${irNeverText(result)} Method: ${how}.` : `Until every VM is protected, ${how}, catch-up included.`}${advice ? ` ${advice}` : ''}`,
    bad: ir.totalSeconds === null,
  };
}

/** One line per headline answer, in the order of the planner's cards. */
export function buildKeyFigures(plan: Plan, result: PlanResult): KeyFigure[] {
  const units = plan.units.storage;
  const fw = result.failureWindow;
  const target = plan.replication.targetRpoMinutes;
  const replica = result.storage.replica;
  const figures: KeyFigure[] = [
    {
      label: 'Uplink',
      value: `${formatMbps(plan.link.uplinkMbps)} now`,
      detail: `${formatMbps(result.bandwidth.effectiveCapacityMbps)} usable for replication; demand averages ${formatMbps(result.bandwidth.averageDemandMbps)}, ${formatMbps(result.bandwidth.peakHourDemandMbps)} at the busiest hour (${formatClock(result.bandwidth.peakHour * 3600)}).`,
      bad: !result.stable,
    },
    {
      label: 'Worst RPO',
      value: worstRpoFigure(result),
      detail: result.rpo.unbounded
        ? `The backlog grows every day: ${rpoGrowthText(result) ?? 'more each day'}${resyncText(result) ? `; ${resyncText(result)}` : ''}. The last simulated day’s figures are no steady answer.`
        : `${vmLabel(result, result.rpo.worstVmId)}; average ${formatDuration(result.rpo.averageSeconds)}${target === null ? '' : `; target ${formatDuration(target * 60)}`}; ${result.cycles.missed} of ${result.cycles.total} cycles missed.`,
      bad: !result.stable || fw.breached || (target !== null && result.rpo.worstSeconds > target * 60),
    },
    {
      label: `Failure window (${formatDuration(fw.windowSeconds)})`,
      value: fw.breached ? `breached by ${breachingVmsText(result)}` : 'never breached',
      detail:
        fw.breached && firstBreachText(result) !== null
          ? result.rpo.unbounded
            ? `Broken ${firstBreachText(result)} (${vmLabel(result, fw.firstBreachVmId)}), and more each day.`
            : `First ${firstBreachText(result)} of the simulated day (${vmLabel(result, fw.firstBreachVmId)}).`
          : 'Every cycle completes inside the window.',
      bad: fw.breached,
    },
    {
      label: 'Replica storage',
      value: formatBytes(replica.totalBytes, units),
      detail: `${formatBytes(replica.baseBytes, units)} base copies, ${formatBytes(replica.recoveryPointBytes, units)} recovery points${replica.extendedBytes > 0 ? `, ${formatBytes(replica.extendedBytes, units)} at the extended site` : ''}, ${formatBytes(replica.headroomBytes, units)} headroom.`,
      bad: false,
    },
    initialReplicationFigure(plan, result),
  ];
  const ext = result.extended;
  if (ext) {
    figures.push({
      label: 'Extended site',
      value: ext.stable ? `worst RPO ${formatDuration(ext.worstRpoSeconds)}` : 'cannot keep up',
      detail: ext.stable
        ? `End to end (${vmLabel(result, ext.worstVmId)}); ${formatMbps(ext.effectiveCapacityMbps)} usable on the replica site’s uplink.`
        : `The replica site’s uplink needs ${ext.requiredUplinkMbpsStable === null ? 'more than uplink alone can give' : formatMbps(ext.requiredUplinkMbpsStable)}.`,
      bad: !ext.stable,
    });
  }
  return figures;
}
