import { bytesPerGB, defaultMaxActiveTransfers, profileWeights, type Plan, type PlanLink, type PlanVm } from '@/plan/core';
import { HOURS_PER_DAY, mbpsToBytesPerSecond, SECONDS_PER_DAY, SECONDS_PER_HOUR } from './units';

/** Everything the simulation needs to know about one plan VM (a group counts once). */
export interface VmModel {
  index: number;
  id: string;
  name: string;
  count: number;
  frequencySeconds: number;
  /** Raw write bytes per day of the replicated disks, growth included (per copy). */
  rawBytesPerDay: number;
  /** Raw write rate per hour of the day, bytes/s (per copy). */
  rawRate: Float64Array;
  /** Raw bytes written from 00:00 to the start of each hour; [24] = the daily total (per copy). */
  rawCumulative: Float64Array;
  /**
   * Only for a VM with a within-hour shape (schema v3 withinHourWeights), else null: raw write rate
   * per 5-minute step of the day (288), bytes/s, and raw bytes from 00:00 to the start of each step
   * ([288] = the daily total). Even hours need nothing finer than `rawRate`.
   */
  stepRate: Float64Array | null;
  stepCumulative: Float64Array | null;
  /** Provisioned and used bytes of the replicated disks (per copy). */
  replicatedSizeBytes: number;
  replicatedUsedBytes: number;
  /** Raw bytes per day of the disks marked not replicated (per copy). */
  excludedBytesPerDay: number;
}

/** The day in 5-minute steps: the resolution of a VM's within-hour shape (schema v3). */
export const STEP_SECONDS = 300;
export const STEPS_PER_HOUR = SECONDS_PER_HOUR / STEP_SECONDS;
export const STEPS_PER_DAY = SECONDS_PER_DAY / STEP_SECONDS;

/** Raw bytes a VM has written from time 0 to `t` (seconds; may be negative or span days). */
export function rawWrittenUntil(vm: VmModel, t: number): number {
  const day = Math.floor(t / SECONDS_PER_DAY);
  const inDay = t - day * SECONDS_PER_DAY;
  if (vm.stepRate && vm.stepCumulative) {
    const k = Math.min(STEPS_PER_DAY - 1, Math.floor(inDay / STEP_SECONDS));
    return day * vm.rawBytesPerDay + vm.stepCumulative[k]! + vm.stepRate[k]! * (inDay - k * STEP_SECONDS);
  }
  const hour = Math.min(HOURS_PER_DAY - 1, Math.floor(inDay / SECONDS_PER_HOUR));
  return day * vm.rawBytesPerDay + vm.rawCumulative[hour]! + vm.rawRate[hour]! * (inDay - hour * SECONDS_PER_HOUR);
}

/**
 * 12 five-minute weights of an hour, mean 1 (an even hour when the plan gives none or only zeros):
 * r(h, j) = r(h) × w(h, j), so the hour's total is the profile's [schema v3 withinHourWeights].
 */
export function withinHourShape(weights: readonly (readonly number[] | null)[] | null, hour: number): number[] {
  const w = weights?.[hour];
  const sum = w ? w.reduce((a, b) => a + b, 0) : 0;
  if (!w || sum <= 0) return new Array<number>(STEPS_PER_HOUR).fill(1);
  return w.map((x) => (x * STEPS_PER_HOUR) / sum);
}

/** Build the per-VM churn model of SPEC §5.1. */
export function buildVmModel(plan: Plan, vm: PlanVm, index: number): VmModel {
  const gb = bytesPerGB(plan.units.storage);
  const growth = 1 + plan.replication.growthPercent / 100;
  let churn = 0;
  let excluded = 0;
  let size = 0;
  let used = 0;
  for (const disk of vm.disks) {
    if (disk.replicated) {
      churn += disk.churnGBPerDay * gb * growth;
      size += disk.sizeGB * gb;
      used += disk.usedGB * gb;
    } else {
      excluded += disk.churnGBPerDay * gb * growth;
    }
  }
  const weights = profileWeights(vm.profile, vm.hourlyWeights);
  const rawRate = new Float64Array(HOURS_PER_DAY);
  const rawCumulative = new Float64Array(HOURS_PER_DAY + 1);
  const shaped = vm.withinHourWeights?.some((w) => w !== null) ?? false;
  const stepRate = shaped ? new Float64Array(STEPS_PER_DAY) : null;
  const stepCumulative = shaped ? new Float64Array(STEPS_PER_DAY + 1) : null;
  for (let h = 0; h < HOURS_PER_DAY; h++) {
    rawRate[h] = (churn * weights[h]!) / SECONDS_PER_DAY; // r_i(h) = D_i × w_i(h) / 86 400
    rawCumulative[h + 1] = rawCumulative[h]! + rawRate[h]! * SECONDS_PER_HOUR;
    if (!stepRate || !stepCumulative) continue;
    const shape = withinHourShape(vm.withinHourWeights, h);
    for (let j = 0; j < STEPS_PER_HOUR; j++) {
      const k = h * STEPS_PER_HOUR + j;
      stepRate[k] = rawRate[h]! * shape[j]!;
      stepCumulative[k + 1] = stepCumulative[k]! + stepRate[k]! * STEP_SECONDS;
    }
  }
  return {
    index,
    id: vm.id,
    name: vm.name,
    count: vm.count,
    frequencySeconds: vm.frequencySeconds,
    rawBytesPerDay: rawCumulative[HOURS_PER_DAY]!,
    rawRate,
    rawCumulative,
    stepRate,
    stepCumulative,
    replicatedSizeBytes: size,
    replicatedUsedBytes: used,
    excludedBytesPerDay: excluded,
  };
}

/** Wire bytes ÷ raw bytes for delta replication (1 when compression is off). */
export function wireRatio(plan: Plan): number {
  return plan.replication.compression ? plan.replication.compressionRatio : 1;
}

/** Per-transfer cap in Mbps: min(measured single-stream speed, TCP window ÷ RTT) [IBM-BDP]; null = none. */
export function streamCapMbps(link: PlanLink): number | null {
  const caps: number[] = [];
  if (link.perStreamMbps !== null) caps.push(link.perStreamMbps);
  if (link.tcpWindowKiB !== null && link.rttMs !== null) {
    caps.push((link.tcpWindowKiB * 1024 * 8) / (link.rttMs / 1000) / 1e6);
  }
  return caps.length ? Math.min(...caps) : null;
}

/** Share of the link replication may use at each hour, as a fraction. */
export function hourlyShare(link: PlanLink): number[] {
  return Array.from({ length: HOURS_PER_DAY }, (_, h) => (link.hourlySharePercent?.[h] ?? link.sharePercent) / 100);
}

/** Effective capacity per hour, Mbps: C(h) = min(uplink, downlink) × share(h) × efficiency (SPEC §5.2). */
export function capacityByHourMbps(link: PlanLink, uplinkMbps = link.uplinkMbps): number[] {
  const line = Math.min(uplinkMbps, link.replicaDownlinkMbps ?? Infinity);
  return hourlyShare(link).map((share) => line * share * (link.efficiencyPercent / 100));
}

/** Link settings as the simulation consumes them (bytes per second). */
export interface LinkModel {
  capacityBytesPerSecond: Float64Array;
  streamCapBytesPerSecond: number;
  maxActiveTransfers: number;
}

export function buildLinkModel(plan: Plan, link: PlanLink, uplinkMbps = link.uplinkMbps): LinkModel {
  const cap = streamCapMbps(link);
  return {
    capacityBytesPerSecond: Float64Array.from(capacityByHourMbps(link, uplinkMbps), mbpsToBytesPerSecond),
    streamCapBytesPerSecond: cap === null ? Infinity : mbpsToBytesPerSecond(cap),
    maxActiveTransfers: resolvedMaxActiveTransfers(plan),
  };
}

/** MaximumActiveTransfers in force: the plan's value or the version default. */
export function resolvedMaxActiveTransfers(plan: Plan): number {
  return plan.replication.maxActiveTransfers ?? defaultMaxActiveTransfers(plan.replication.windowsServer);
}
