import { bytesPerGB, profileWeights, type Plan, type PlanVm } from '@/plan/core';
import type { VmModel } from './model';
import type { StorageResult } from './types';
import { HOURS_PER_DAY, SECONDS_PER_DAY, SECONDS_PER_HOUR } from './units';

/** Base replica bytes of one copy: used size (dynamic replica disks) or provisioned size (fixed). */
export function baseBytes(plan: Plan, vm: VmModel): number {
  return plan.replicaStorage.diskFormat === 'fixed' ? vm.replicatedSizeBytes : vm.replicatedUsedBytes;
}

/**
 * Recovery-point storage of one copy for `points` additional points.
 * 2012: ≈ 10 % of the base disk per point (snapshots) [UNDO].
 * 2012 R2+: undo logs hold what each hour overwrote — the N busiest consecutive hours of unique
 * changed data (hourly churn × uniqueChurnPercent), each hour capped at the disk size [UNDO] [derived].
 */
export function recoveryPointBytes(plan: Plan, planVm: PlanVm, vm: VmModel, points: number): number {
  if (points <= 0) return 0;
  if (plan.replication.windowsServer === '2012') return 0.1 * baseBytes(plan, vm) * points;
  const gb = bytesPerGB(plan.units.storage);
  const growth = 1 + plan.replication.growthPercent / 100;
  const unique = plan.replicaStorage.uniqueChurnPercent / 100;
  const weights = profileWeights(planVm.profile, planVm.hourlyWeights);
  const hourly = new Array<number>(HOURS_PER_DAY).fill(0);
  for (const disk of planVm.disks) {
    if (!disk.replicated) continue;
    const perHour = (disk.churnGBPerDay * gb * growth * SECONDS_PER_HOUR) / SECONDS_PER_DAY;
    for (let h = 0; h < HOURS_PER_DAY; h++) hourly[h]! += Math.min(perHour * weights[h]! * unique, disk.sizeGB * gb);
  }
  // The busiest window of N consecutive hours, wrapping around midnight (days repeat).
  const span = Math.min(points, HOURS_PER_DAY);
  let best = 0;
  for (let start = 0; start < HOURS_PER_DAY; start++) {
    let sum = 0;
    for (let k = 0; k < span; k++) sum += hourly[(start + k) % HOURS_PER_DAY]!;
    best = Math.max(best, sum);
  }
  return best;
}

export interface VmStorageInput {
  planVm: PlanVm;
  vm: VmModel;
  /** Largest raw log of each copy in the reported day, summed over the copies (from the simulation). */
  totalLargestLogBytes: number;
  /** Peak raw bytes pending on the primary, summed over the copies. */
  totalPeakPendingLogBytes: number;
}

/** Per-VM replica bytes of all copies, before headroom. */
export function vmReplicaBytes(plan: Plan, input: VmStorageInput): { base: number; points: number; inFlight: number; extended: number } {
  const { planVm, vm } = input;
  const base = baseBytes(plan, vm) * vm.count;
  const points = recoveryPointBytes(plan, planVm, vm, planVm.recoveryPoints) * vm.count;
  // Two logs on the replica at once: one being received, one being applied [derived].
  const inFlight = 2 * input.totalLargestLogBytes;
  const extended = plan.extended
    ? base + recoveryPointBytes(plan, planVm, vm, plan.extended.recoveryPoints) * vm.count
    : 0;
  return { base, points, inFlight, extended };
}

/** SPEC §5.5: replica site parts and total; primary site log space and worst-case reserves. */
export function storageResult(plan: Plan, inputs: readonly VmStorageInput[]): StorageResult {
  let base = 0;
  let points = 0;
  let inFlight = 0;
  let extended = 0;
  let pending = 0;
  let provisioned = 0;
  for (const input of inputs) {
    const parts = vmReplicaBytes(plan, input);
    base += parts.base;
    points += parts.points;
    inFlight += parts.inFlight;
    extended += parts.extended;
    pending += input.totalPeakPendingLogBytes;
    provisioned += input.vm.replicatedSizeBytes * input.vm.count;
  }
  const subtotal = base + points + inFlight + extended;
  const headroom = (subtotal * plan.replicaStorage.headroomPercent) / 100;
  return {
    replica: {
      baseBytes: base,
      recoveryPointBytes: points,
      inFlightBytes: inFlight,
      extendedBytes: extended,
      headroomBytes: headroom,
      totalBytes: subtotal + headroom,
    },
    primary: {
      peakPendingLogBytes: pending,
      deltaReserveBytes: 0.5 * provisioned, // [ASR-DP-RPT] worst case for delta replication
      initialReplicationReserveBytes: provisioned, // [ASR-DP-RPT] worst case during initial replication
    },
  };
}
