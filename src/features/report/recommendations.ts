/**
 * The report's recommendations: what to change, in the order a consultant would act — the link
 * first (nothing else helps while the backlog grows), then what is sent, the initial copy,
 * tuning, and the storage to provision. Pure: plan + result in, sentences out.
 */
import type { PlanResult } from '@/engine';
import { defaultMaxActiveTransfers, type Plan } from '@/plan';
import { formatBytes, formatDuration, formatMbps } from '@/lib/format';
import { irAdviceText } from '@/results';

export interface Recommendation {
  /** Stable key: uplink, uplink-unreachable, extended-uplink, exclude-disks, keep-excluded, … */
  id: string;
  text: string;
}

/** "A", "A and B", "A, B and C"; past `max` names, "A, B, … and 3 more". */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > max) return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

interface Goal {
  what: string;
  mbps: number | null;
}

/** The goals the current uplink misses, with the uplink each needs. */
function unmetGoals(plan: Plan, result: PlanResult): Goal[] {
  const req = result.bandwidth.requiredUplinkMbps;
  const window = `stay inside the ${formatDuration(result.failureWindow.windowSeconds)} failure window`;
  const goals: Goal[] = [];
  if (!result.stable) goals.push({ what: 'keep up with the churn', mbps: req.stable });
  if (result.failureWindow.breached) goals.push({ what: window, mbps: req.withinFailureWindow });
  const target = plan.replication.targetRpoMinutes;
  if (target !== null && result.rpo.worstSeconds > target * 60) goals.push({ what: `meet the ${formatDuration(target * 60)} target RPO`, mbps: req.targetRpo });
  if (result.stable && !result.failureWindow.breached && result.cycles.missed > 0) goals.push({ what: 'never miss a cycle', mbps: req.noMissedCycles });
  return goals;
}

function uplinkAdvice(plan: Plan, result: PlanResult): Recommendation[] {
  const current = formatMbps(plan.link.uplinkMbps);
  const goals = unmetGoals(plan, result);
  const out: Recommendation[] = [];
  const reachable = goals.filter((g) => g.mbps !== null);
  if (reachable.length > 0) {
    const parts = reachable.map((g) => `${formatMbps(g.mbps!)} to ${g.what}`);
    out.push({ id: 'uplink', text: `Raise the uplink from ${current} to at least ${listNames(parts, parts.length)}.` });
  }
  const unreachable = goals.filter((g) => g.mbps === null);
  if (unreachable.length > 0) {
    const capped = result.bandwidth.perStreamCapMbps !== null ? ' or lift the per-transfer limit (TCP window, round-trip time)' : '';
    out.push({
      id: 'uplink-unreachable',
      text: `No uplink alone is enough to ${listNames(unreachable.map((g) => g.what), unreachable.length)}: reduce the data sent (exclude disks that need no protection)${capped}.`,
    });
  }
  if (goals.length === 0) {
    const req = result.bandwidth.requiredUplinkMbps;
    const target = plan.replication.targetRpoMinutes;
    const needs: Goal[] = [
      { what: 'keep up', mbps: req.stable },
      { what: 'stay inside the failure window', mbps: req.withinFailureWindow },
      ...(target === null ? [] : [{ what: 'meet the target RPO', mbps: req.targetRpo }]),
      { what: 'never miss a cycle', mbps: req.noMissedCycles },
    ].filter((g) => g.mbps !== null);
    const parts = needs.map((g) => `${formatMbps(g.mbps!)} to ${g.what}`);
    out.push({
      id: 'uplink-enough',
      text: `No uplink change is needed: ${current} meets every goal. The smallest uplinks that would: ${listNames(parts, parts.length)}.`,
    });
  }
  const ext = result.extended;
  if (ext && !ext.stable && plan.extended) {
    out.push({
      id: 'extended-uplink',
      text:
        ext.requiredUplinkMbpsStable === null
          ? 'No replica-site uplink alone lets the extended hop keep up: reduce the data sent.'
          : `Raise the replica site’s uplink to the extended site from ${formatMbps(plan.extended.link.uplinkMbps)} to at least ${formatMbps(ext.requiredUplinkMbpsStable)} so the extended hop keeps up.`,
    });
  }
  return out;
}

const DISK_FIELD = /^vms\[(\d+)\]\.disks\[(\d+)\]/;

/** Replicated disks the engine flagged as paging-file or scratch disks. */
function disksToExclude(plan: Plan, result: PlanResult): string[] {
  return result.warnings
    .filter((w) => w.code === 'paging-disk-replicated' || w.code === 'churn-exceeds-size')
    .flatMap((w) => {
      const m = DISK_FIELD.exec(w.field ?? '');
      const vm = m ? plan.vms[Number(m[1])] : undefined;
      const disk = vm?.disks[Number(m![2])];
      return vm && disk ? [`${vm.name} “${disk.name}”`] : [];
    });
}

function dataAdvice(plan: Plan, result: PlanResult): Recommendation[] {
  const out: Recommendation[] = [];
  if (!plan.replication.compression) {
    out.push({ id: 'compression-on', text: 'Turn compression on: Microsoft recommends it, and it saves bandwidth for some CPU on both hosts [BPA].' });
  }
  const exclude = disksToExclude(plan, result);
  if (exclude.length > 0) {
    out.push({
      id: 'exclude-disks',
      text: `Exclude ${listNames(exclude)} from replication: paging-file and scratch churn is high and worthless on a replica [BPA]. Move a paging file to its own disk first where it shares one.`,
    });
  }
  const excluded = plan.vms.flatMap((vm) => vm.disks.filter((d) => !d.replicated).map((d) => `${vm.name} “${d.name}”`));
  if (excluded.length > 0 && result.bandwidth.excludedDisksSavingMbps > 0) {
    out.push({
      id: 'keep-excluded',
      text: `Keep ${listNames(excluded)} out of replication: replicating ${excluded.length === 1 ? 'it' : 'them'} would add ${formatMbps(result.bandwidth.excludedDisksSavingMbps)} of average demand.`,
    });
  }
  return out;
}

function initialCopyAdvice(plan: Plan, result: PlanResult): Recommendation[] {
  const name = (id: string) => plan.vms.find((v) => v.id === id)?.name ?? id;
  const ir = result.initialReplication.vms;
  const out: Recommendation[] = [];
  // The engine's advice, computed in the same model as what happens when it is followed (SPEC §5.6).
  const rec = result.initialReplication.recommendation;
  const ship = rec ? ir.filter((v) => rec.offlineVmIds.includes(v.id)) : [];
  const advice = irAdviceText(result);
  if (advice) out.push({ id: 'ship-initial-copy', text: `${advice.replace(/\.$/, '')} [OOBIR].` });
  const shipIds = new Set(ship.map((v) => v.id));
  const never = ir.filter((v) => v.completeSeconds === null && !shipIds.has(v.id));
  if (never.length > 0) {
    out.push({
      id: 'initial-copy-never',
      text: `The initial replication of ${listNames(never.map((v) => name(v.id)))} never completes: once the other VMs are protected, their churn needs more than the link has left. Fix the uplink first; no copy method helps while the link cannot keep up.`,
    });
  }
  const risky = ir.filter((v) => v.resyncRisk && v.completeSeconds !== null && !shipIds.has(v.id));
  if (risky.length > 0) {
    out.push({
      id: 'initial-copy-resync-risk',
      text: `Copy ${listNames(risky.map((v) => name(v.id)))} early or ship them on disk: the churn logged during their initial copy reaches 50 % of their disk size, which forces a resynchronization [RESYNC].`,
    });
  }
  return out;
}

function tuningAdvice(plan: Plan, result: PlanResult): Recommendation[] {
  const bw = result.bandwidth;
  const current = plan.replication.maxActiveTransfers ?? defaultMaxActiveTransfers(plan.replication.windowsServer);
  if (bw.recommendedMaxActiveTransfers === null || bw.recommendedMaxActiveTransfers <= current) return [];
  const cap = bw.perStreamCapMbps === null ? '' : ` each transfer is capped at ${formatMbps(bw.perStreamCapMbps)}, so`;
  return [
    {
      id: 'max-active-transfers',
      text: `Raise MaximumActiveTransfers from ${current} to ${bw.recommendedMaxActiveTransfers} on the primary servers (registry value, KB 2767928):${cap} fewer parallel transfers cannot fill the link [KB2767928].`,
    },
  ];
}

function storageAdvice(plan: Plan, result: PlanResult): Recommendation[] {
  const units = plan.units.storage;
  const b = (x: number) => formatBytes(x, units);
  const { replica, primary } = result.storage;
  const ext = replica.extendedBytes > 0 ? `, ${b(replica.extendedBytes)} at the extended site` : '';
  return [
    {
      id: 'replica-storage',
      text: `Provision ${b(replica.totalBytes)} of replica storage: ${b(replica.baseBytes)} for the base copies, ${b(replica.recoveryPointBytes)} for recovery points, ${b(replica.inFlightBytes)} for logs in flight${ext} and ${b(replica.headroomBytes)} of headroom.`,
    },
    {
      id: 'primary-free-space',
      text: `Keep at least ${b(primary.peakPendingLogBytes)} free on the primary volumes for logs waiting to be sent; if replication stops, the worst case is ${b(primary.deltaReserveBytes)} (50 % of the replicated disk size) [ASR-DP-RPT].`,
    },
  ];
}

/** What to do, most urgent first. */
export function buildRecommendations(plan: Plan, result: PlanResult): Recommendation[] {
  return [...uplinkAdvice(plan, result), ...dataAdvice(plan, result), ...initialCopyAdvice(plan, result), ...tuningAdvice(plan, result), ...storageAdvice(plan, result)];
}
