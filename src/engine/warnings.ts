import { diskFlags, type Plan } from '@/plan/core';
import type { PlanResult } from './types';
import { warningWithMessage, type Warning, type WarningData } from './warning-text';

export interface WarningContext {
  plan: Plan;
  result: Omit<PlanResult, 'warnings'>;
  perStreamLimiting: boolean;
  /** VM ids whose single peak-hour log cannot be sent within its interval even alone on the link. */
  oversizedLogVmIds: string[];
  maxActiveTransfers: number;
}

/** SPEC §5.7: warnings with stable codes, each tied to a VM or field, with their figures and English sentence. */
export function buildWarnings(ctx: WarningContext): Warning[] {
  const { plan, result } = ctx;
  const out: Warning[] = [];
  const add = (w: WarningData) => out.push(warningWithMessage(w));

  if (!plan.replication.compression) {
    add({ code: 'compression-off', severity: 'warning', field: 'replication.compression', params: {} });
  }
  plan.vms.forEach((vm, i) => {
    if (!vm.disks.some((d) => d.replicated)) {
      add({ code: 'no-replicated-disk', severity: 'warning', vmId: vm.id, field: `vms[${i}].disks`, params: { vmName: vm.name } });
    }
    vm.disks.forEach((d, j) => {
      // Plausibility of the disk as entered (SPEC §5.7), shared with the editor's notes beside the field.
      for (const flag of diskFlags(d, plan.units.storage)) {
        if (flag.code !== 'paging-disk-replicated' && !d.replicated) continue; // an excluded disk's churn does not reach the results
        const at = { severity: 'warning', vmId: vm.id, field: `vms[${i}].disks[${j}].${flag.field}` } as const;
        const names = { vmName: vm.name, diskName: d.name };
        if (flag.code === 'churn-exceeds-size') add({ ...at, code: flag.code, params: { ...names, flag } });
        else if (flag.code === 'churn-exceeds-physical') add({ ...at, code: flag.code, params: { ...names, flag } });
        else add({ ...at, code: flag.code, params: { ...names, flag } });
      }
    });
  });

  if (!result.stable) {
    const grower = result.vms.find((v) => v.id === result.rpo.growthVmId);
    const first = result.rpo.firstResync;
    const resyncVm = first ? result.vms.find((v) => v.id === first.vmId) : undefined;
    add({
      code: 'plan-unstable',
      severity: 'error',
      field: 'link.uplinkMbps',
      params: {
        growthSecondsPerDay: result.rpo.growthSecondsPerDay,
        growthVmName: grower?.name ?? null,
        resync: first ? { vmName: resyncVm?.name ?? first.vmId, afterSeconds: first.afterSeconds } : null,
        requiredUplinkMbps: result.bandwidth.requiredUplinkMbps.stable,
      },
    });
  }
  const failureWindowMinutes = plan.replication.failureWindowMinutes;
  for (const vm of result.vms) {
    const breach = vm.failureWindowBreach;
    if (breach) {
      const growsDaily = !result.stable && vm.rpoGrowthSecondsPerDay > 0;
      add({ code: 'failure-window-breached', severity: 'error', vmId: vm.id, params: { vmName: vm.name, failureWindowMinutes, growsDaily, atSeconds: breach.atSeconds, delaySeconds: breach.delaySeconds } });
    }
    if (vm.resyncRequired) {
      add({ code: 'resync-required', severity: 'error', vmId: vm.id, params: { vmName: vm.name } });
    } else if (vm.health === 'warning') {
      add({ code: 'health-warning', severity: 'warning', vmId: vm.id, params: { vmName: vm.name, reasons: vm.healthReasons } });
    }
  }
  // Plan position by VM id, built once (a lookup per warning would be O(n²) on big plans).
  const indexOf = new Map(plan.vms.map((v, i) => [v.id, i]));
  const planVm = (id: string) => plan.vms[indexOf.get(id) ?? -1];
  for (const id of ctx.oversizedLogVmIds) {
    const vm = planVm(id);
    if (!vm) continue; // the ids come from the plan's own VMs
    add({ code: 'log-exceeds-interval', severity: 'warning', vmId: id, field: `vms[${indexOf.get(id)}].frequencySeconds`, params: { vmName: vm.name, frequencySeconds: vm.frequencySeconds } });
  }
  if (ctx.perStreamLimiting) {
    add({ code: 'per-stream-cap-limiting', severity: 'warning', field: 'link.perStreamMbps', params: { perStreamCapMbps: result.bandwidth.perStreamCapMbps, maxActiveTransfers: ctx.maxActiveTransfers } });
  }
  const recommended = result.bandwidth.recommendedMaxActiveTransfers;
  if (recommended !== null && recommended > ctx.maxActiveTransfers) {
    add({ code: 'raise-max-active-transfers', severity: 'info', field: 'replication.maxActiveTransfers', params: { recommendedMaxActiveTransfers: recommended } });
  }
  const target = plan.replication.targetRpoMinutes;
  if (target !== null && result.rpo.worstSeconds > target * 60) {
    add({
      code: 'target-rpo-missed',
      severity: 'warning',
      vmId: result.rpo.worstVmId,
      field: 'replication.targetRpoMinutes',
      params: { targetRpoMinutes: target, worstRpoSeconds: result.rpo.unbounded ? null : result.rpo.worstSeconds, requiredUplinkMbps: result.bandwidth.requiredUplinkMbps.targetRpo },
    });
  }
  for (const vm of result.initialReplication.vms) {
    const vmName = planVm(vm.id)?.name ?? vm.id;
    if (vm.durationSeconds === null || vm.completeSeconds === null) {
      add({ code: 'ir-never-completes', severity: 'error', vmId: vm.id, params: { vmName, copyNeverFinishes: vm.durationSeconds === null } });
    } else if (vm.resyncRisk) {
      add({ code: 'ir-resync-risk', severity: 'warning', vmId: vm.id, params: { vmName } });
    }
  }
  const advice = result.initialReplication.recommendation;
  if (advice) {
    const vmNames = advice.offlineVmIds.map((id) => planVm(id)?.name ?? id);
    add({ code: 'recommend-offline', severity: 'info', field: 'initialReplication.method', params: { vmNames, withAdviceSeconds: advice.totalSeconds, withoutAdviceSeconds: result.initialReplication.totalSeconds } });
  }
  if (result.extended && !result.extended.stable) {
    add({ code: 'extended-unstable', severity: 'error', field: 'extended.link.uplinkMbps', params: { requiredUplinkMbps: result.extended.requiredUplinkMbpsStable } });
  }
  return out;
}
