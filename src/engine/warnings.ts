import { diskFlagText, diskFlags, type Plan } from '@/plan';
import type { PlanResult, Warning } from './types';
import { formatClock as clock, formatDuration } from '@/lib/format';


export interface WarningContext {
  plan: Plan;
  result: Omit<PlanResult, 'warnings'>;
  perStreamLimiting: boolean;
  /** VM ids whose single peak-hour log cannot be sent within its interval even alone on the link. */
  oversizedLogVmIds: string[];
  maxActiveTransfers: number;
}

/** SPEC §5.7: plain-English warnings with stable codes, each tied to a VM or field. */
export function buildWarnings(ctx: WarningContext): Warning[] {
  const { plan, result } = ctx;
  const out: Warning[] = [];
  const add = (w: Warning) => out.push(w);

  if (!plan.replication.compression) {
    add({ code: 'compression-off', severity: 'warning', field: 'replication.compression', message: 'Compression is off: replication will use more bandwidth than necessary (Microsoft recommends it on).' });
  }
  plan.vms.forEach((vm, i) => {
    if (!vm.disks.some((d) => d.replicated)) {
      add({ code: 'no-replicated-disk', severity: 'warning', vmId: vm.id, field: `vms[${i}].disks`, message: `${vm.name} has no replicated disk: nothing of it reaches the replica.` });
    }
    vm.disks.forEach((d, j) => {
      // Plausibility of the disk as entered (SPEC §5.7), shared with the editor's notes beside the field.
      for (const flag of diskFlags(d, plan.units.storage)) {
        if (flag.code !== 'paging-disk-replicated' && !d.replicated) continue; // an excluded disk's churn does not reach the results
        add({ code: flag.code, severity: 'warning', vmId: vm.id, field: `vms[${i}].disks[${j}].${flag.field}`, message: diskFlagText(flag, `${vm.name}: disk "${d.name}"`) });
      }
    });
  });

  if (!result.stable) {
    // SPEC §5.3a: say that the RPO grows without limit, how fast, and when a resync would come.
    const grower = result.vms.find((v) => v.id === result.rpo.growthVmId);
    const growth = grower && result.rpo.growthSecondsPerDay > 0 ? ` by about ${formatDuration(result.rpo.growthSecondsPerDay)} a day (${grower.name})` : '';
    const first = result.rpo.firstResync;
    const resyncVm = first ? result.vms.find((v) => v.id === first.vmId) : undefined;
    const resync = first ? `; ${resyncVm?.name ?? first.vmId} would need a resync after about ${Math.max(1, Math.round(first.afterSeconds / 86_400))} day(s)` : '';
    add({ code: 'plan-unstable', severity: 'error', field: 'link.uplinkMbps', message: `The link cannot keep up: the replication backlog grows day after day and the RPO grows without limit${growth}${resync}. At least ${mbps(result.bandwidth.requiredUplinkMbps.stable)} of uplink is needed.` });
  }
  for (const vm of result.vms) {
    if (vm.failureWindowBreach && !result.stable && vm.rpoGrowthSecondsPerDay > 0) {
      add({ code: 'failure-window-breached', severity: 'error', vmId: vm.id, message: `${vm.name} breaches the ${plan.replication.failureWindowMinutes}-minute failure window from the first days on, and its wait grows every day.` });
    } else if (vm.failureWindowBreach) {
      add({ code: 'failure-window-breached', severity: 'error', vmId: vm.id, message: `${vm.name} breaches the ${plan.replication.failureWindowMinutes}-minute failure window at ${clock(vm.failureWindowBreach.atSeconds)} (a cycle waits up to ${formatDuration(vm.failureWindowBreach.delaySeconds)}).` });
    }
    if (vm.resyncRequired) {
      add({ code: 'resync-required', severity: 'error', vmId: vm.id, message: `${vm.name}: logs waiting on the primary exceed 50 % of its replicated disk size — Hyper-V would stop tracking and require resynchronization.` });
    } else if (vm.health === 'warning') {
      add({ code: 'health-warning', severity: 'warning', vmId: vm.id, message: `${vm.name} would show replication health Warning: ${vm.healthReasons.map(lowerFirst).join('; ')}.` });
    }
  }
  // Plan position by VM id, built once (a lookup per warning would be O(n²) on big plans).
  const indexOf = new Map(plan.vms.map((v, i) => [v.id, i]));
  for (const id of ctx.oversizedLogVmIds) {
    const i = indexOf.get(id) ?? -1;
    add({ code: 'log-exceeds-interval', severity: 'warning', vmId: id, field: `vms[${i}].frequencySeconds`, message: `${plan.vms[i]?.name ?? id}: at its busiest hour one log cannot be sent within its ${plan.vms[i]?.frequencySeconds} s interval even alone on the link; cycles will be missed.` });
  }
  if (ctx.perStreamLimiting) {
    add({ code: 'per-stream-cap-limiting', severity: 'warning', field: 'link.perStreamMbps', message: `Each transfer is capped at ${mbps(result.bandwidth.perStreamCapMbps)} (TCP window ÷ RTT or measured copy speed), so ${ctx.maxActiveTransfers} parallel transfers cannot fill the link.` });
  }
  const recommended = result.bandwidth.recommendedMaxActiveTransfers;
  if (recommended !== null && recommended > ctx.maxActiveTransfers) {
    add({ code: 'raise-max-active-transfers', severity: 'info', field: 'replication.maxActiveTransfers', message: `Raise MaximumActiveTransfers to ${recommended} (link ÷ single-stream speed, KB 2767928) to use the whole link.` });
  }
  const target = plan.replication.targetRpoMinutes;
  if (target !== null && result.rpo.worstSeconds > target * 60) {
    add({ code: 'target-rpo-missed', severity: 'warning', vmId: result.rpo.worstVmId, field: 'replication.targetRpoMinutes', message: `The target RPO of ${target} min is missed: ${result.rpo.unbounded ? 'the RPO grows without limit' : `worst RPO ${formatDuration(result.rpo.worstSeconds)}`}. ${result.bandwidth.requiredUplinkMbps.targetRpo === null ? 'No uplink alone reaches it.' : `It needs ${mbps(result.bandwidth.requiredUplinkMbps.targetRpo)}.`}` });
  }
  for (const vm of result.initialReplication.vms) {
    const name = plan.vms[indexOf.get(vm.id) ?? -1]?.name ?? vm.id;
    if (vm.durationSeconds === null || vm.completeSeconds === null) {
      const what = vm.durationSeconds === null ? 'the copy never finishes' : 'the catch-up after the copy never finishes';
      add({ code: 'ir-never-completes', severity: 'error', vmId: vm.id, message: `${name}: initial replication never completes — ${what}: once the other VMs are protected, the link has less left than the VMs still catching up write.` });
    } else if (vm.resyncRisk) {
      add({ code: 'ir-resync-risk', severity: 'warning', vmId: vm.id, message: `${name}: churn logged during the initial copy reaches 50 % of its disk size; the VM would need resynchronization.` });
    }
  }
  const advice = result.initialReplication.recommendation;
  if (advice) {
    const names = advice.offlineVmIds.map((id) => plan.vms[indexOf.get(id) ?? -1]?.name ?? id);
    const when = advice.totalSeconds === null ? '' : `: every VM protected after ${formatDuration(advice.totalSeconds)}${result.initialReplication.totalSeconds === null ? ' instead of never' : ` instead of ${formatDuration(result.initialReplication.totalSeconds)}`}`;
    add({ code: 'recommend-offline', severity: 'info', field: 'initialReplication.method', message: `Ship ${names.join(', ')} on disk (offline)${when}.` });
  }
  if (result.extended && !result.extended.stable) {
    add({ code: 'extended-unstable', severity: 'error', field: 'extended.link.uplinkMbps', message: `The extended hop cannot keep up: ${mbps(result.extended.requiredUplinkMbpsStable)} of replica-site uplink is needed.` });
  }
  return out;
}

function mbps(x: number | null): string {
  return x === null ? 'more than any uplink alone can give' : `${x < 10 ? x.toFixed(2) : x.toFixed(1)} Mbps`;
}


function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
