/**
 * Turns the simulations of one evaluation (the detailed day, the searches, the what-if points, the
 * extended hop, initial replication) into the `PlanResult` of SPEC §5. Pure and cheap next to the
 * simulations; `evaluatePlan` and the worker pool (`evaluate-with.ts`) share it.
 */
import { recommendedTransfers } from './bandwidth';
import type { EvaluationContext, ExtendedHop } from './evaluation-context';
import { replicaIopsMultiplier, vmHealth } from './health';
import { capacityByHourMbps, type VmModel } from './model';
import { SERIES_STEP_SECONDS, type SimResult } from './simulate';
import { storageResult, vmReplicaBytes, type VmStorageInput } from './storage';
import type { ExtendedResult, InitialReplicationResult, PlanResult, RequiredUplink, SeriesResult, VmResult, WhatIfPoint } from './types';
import { bytesPerDayToMbps, bytesPerSecondToMbps, DAYS_PER_MONTH, HOURS_PER_DAY, mbpsToBytesPerSecond, SECONDS_PER_HOUR } from './units';
import { buildWarnings } from './warnings';

/** The simulated parts of one evaluation, each plain data. */
export interface EvaluationParts {
  /** The detailed run at the plan's own uplink. */
  main: SimResult;
  required: RequiredUplink;
  whatIf: WhatIfPoint[];
  /** null when the plan has no extended hop. */
  extendedHop: ExtendedHop | null;
  initialReplication: InitialReplicationResult;
}

/** Assemble every answer of SPEC §5 from the context and the simulated parts. */
export function assemblePlanResult(ctx: EvaluationContext, parts: EvaluationParts): PlanResult {
  const { plan, vms, ratio, maxActive, capacityByHour, streamCap, usableByHour, windowSeconds } = ctx;
  const { main } = parts;
  const meanUsableMbps = usableByHour.reduce((a, b) => a + b, 0) / HOURS_PER_DAY;
  // Demand (SPEC §5.1, §5.4): wire bytes after compression, before efficiency.
  const dailyWire = vms.reduce((s, vm) => s + vm.rawBytesPerDay * vm.count, 0) * ratio;
  const hourlyDemand = Array.from({ length: HOURS_PER_DAY }, (_, h) =>
    bytesPerSecondToMbps(vms.reduce((s, vm) => s + vm.rawRate[h]! * vm.count, 0) * ratio),
  );
  const peakHour = hourlyDemand.indexOf(Math.max(...hourlyDemand));
  const excludedDaily = vms.reduce((s, vm) => s + vm.excludedBytesPerDay * vm.count, 0) * ratio;

  const extended = parts.extendedHop ? extendedResult(ctx, parts.extendedHop, main) : null;
  const storageInputs: VmStorageInput[] = plan.vms.map((planVm, i) => ({
    planVm,
    vm: vms[i]!,
    totalLargestLogBytes: main.vms[i]!.totalLargestLogBytes,
    totalPeakPendingLogBytes: main.vms[i]!.totalPeakPendingLogBytes,
  }));

  const vmResults: VmResult[] = plan.vms.map((planVm, i) => {
    const vm = vms[i]!;
    const stats = main.vms[i]!;
    const health = vmHealth(plan, stats, vm.frequencySeconds, vm.replicatedSizeBytes, main.days);
    const parts = vmReplicaBytes(plan, storageInputs[i]!);
    return {
      id: vm.id,
      name: vm.name,
      count: vm.count,
      worstRpoSeconds: stats.worstRpoSeconds,
      averageRpoSeconds: stats.averageRpoSeconds,
      missedCycles: stats.missedCycles,
      cycles: stats.cycles,
      maxCycleDelaySeconds: stats.maxCycleDelaySeconds,
      failureWindowBreach:
        stats.breachAtSeconds === null ? null : { atSeconds: stats.breachAtSeconds, delaySeconds: stats.breachDelaySeconds },
      health: health.health,
      healthReasons: health.reasons,
      resyncRequired: health.resyncRequired,
      resyncAfterSeconds: stats.resyncAfterSeconds,
      rpoGrowthSecondsPerDay: main.stable ? 0 : stats.rpoGrowthSecondsPerDay,
      peakPendingLogBytes: stats.peakPendingLogBytes,
      largestLogBytes: stats.largestLogBytes,
      averageDemandMbps: bytesPerDayToMbps(vm.rawBytesPerDay * vm.count * ratio),
      hourlyDemandMbps: Array.from(vm.rawRate, (r) => bytesPerSecondToMbps(r * vm.count * ratio)),
      replicaWriteIops: planVm.writeIops === null ? null : planVm.writeIops * vm.count * replicaIopsMultiplier(plan, planVm.recoveryPoints),
      replicatedSizeBytes: vm.replicatedSizeBytes,
      replicaStorageBytes: parts.base + parts.points + parts.inFlight + parts.extended,
      extendedWorstRpoSeconds: extended ? stats.worstRpoSeconds + extended.perVmWorst[i]! : null,
    };
  });

  const worstVm = vms[main.worstVmIndex] ?? vms[0]!;
  const oversizedLogVmIds = vms
    .filter((vm) => vm.rawRate.some((r, h) => r * ratio > mbpsToBytesPerSecond(streamCap === null ? capacityByHour[h]! : Math.min(streamCap, capacityByHour[h]!)) && r > 0))
    .map((vm) => vm.id);

  const resultWithoutWarnings: Omit<PlanResult, 'warnings'> = {
    stable: main.stable,
    daysSimulated: main.days,
    rpo: { worstSeconds: main.worstRpoSeconds, reportedDayWorstSeconds: main.reportedDayWorstRpoSeconds, worstVmId: worstVm.id, averageSeconds: main.averageRpoSeconds, ...unboundedRpo(main.stable, vmResults) },
    failureWindow: {
      windowSeconds,
      breached: main.vmsBreaching > 0,
      vmsBreaching: main.vmsBreaching,
      firstBreachSeconds: main.firstBreachSeconds,
      firstBreachVmId: main.firstBreachVmIndex >= 0 ? vms[main.firstBreachVmIndex]!.id : null,
      firstBreachFromStartSeconds: minOrNull(main.vms.map((s) => s.firstBreachFromStartSeconds)),
    },
    bandwidth: {
      averageDemandMbps: bytesPerDayToMbps(dailyWire),
      peakHourDemandMbps: hourlyDemand[peakHour]!,
      peakHour,
      effectiveCapacityMbps: meanUsableMbps,
      capacityByHourMbps: usableByHour,
      perStreamCapMbps: streamCap,
      maxActiveTransfers: maxActive,
      requiredUplinkMbps: parts.required,
      monthlyTransferBytes: dailyWire * DAYS_PER_MONTH,
      excludedDisksSavingMbps: bytesPerDayToMbps(excludedDaily),
      recommendedMaxActiveTransfers: recommendedTransfers(capacityByHour, streamCap),
      whatIf: parts.whatIf,
    },
    cycles: {
      total: main.cycles,
      missed: main.missedCycles,
      onTimePercent: main.cycles ? (100 * (main.cycles - main.missedCycles)) / main.cycles : 100,
    },
    vms: vmResults,
    storage: storageResult(plan, storageInputs),
    initialReplication: parts.initialReplication,
    extended: extended?.result ?? null,
    series: buildSeries(main, vms, hourlyDemand, usableByHour),
  };
  return {
    ...resultWithoutWarnings,
    warnings: buildWarnings({
      plan,
      result: resultWithoutWarnings,
      perStreamLimiting: streamCap !== null && maxActive * streamCap < Math.max(...capacityByHour),
      oversizedLogVmIds,
      maxActiveTransfers: maxActive,
    }),
  };
}

const minOrNull = (xs: (number | null)[]) => xs.reduce<number | null>((m, x) => (x === null ? m : m === null ? x : Math.min(m, x)), null);

/** SPEC §5.3a: an unstable plan's RPO grows without limit; the earliest resync is the headline. */
function unboundedRpo(stable: boolean, vms: readonly VmResult[]): Pick<PlanResult['rpo'], 'unbounded' | 'growthSecondsPerDay' | 'growthVmId' | 'firstResync'> {
  let growthVm: VmResult | null = null;
  let resyncVm: VmResult | null = null;
  for (const vm of vms) {
    if (!stable && vm.rpoGrowthSecondsPerDay > (growthVm?.rpoGrowthSecondsPerDay ?? 0)) growthVm = vm;
    if (vm.resyncAfterSeconds !== null && (resyncVm === null || vm.resyncAfterSeconds < resyncVm.resyncAfterSeconds!)) resyncVm = vm;
  }
  return {
    unbounded: !stable,
    growthSecondsPerDay: growthVm?.rpoGrowthSecondsPerDay ?? 0,
    growthVmId: growthVm?.id ?? null,
    firstResync: resyncVm ? { vmId: resyncVm.id, afterSeconds: resyncVm.resyncAfterSeconds! } : null,
  };
}

/** Chart series for the reported day, one point per SERIES_STEP_SECONDS. */
function buildSeries(main: SimResult, vms: readonly VmModel[], demandByHour: readonly number[], usableByHour: readonly number[]): SeriesResult {
  const s = main.series!;
  const steps = s.backlogBytes.length;
  const stepsPerHour = SECONDS_PER_HOUR / SERIES_STEP_SECONDS;
  const hourOf = (k: number) => Math.floor(k / stepsPerHour);
  return {
    stepSeconds: SERIES_STEP_SECONDS,
    demandMbps: Array.from({ length: steps }, (_, k) => demandByHour[hourOf(k)]!),
    deliveredMbps: Array.from(s.deliveredBytes, (b) => bytesPerSecondToMbps(b / SERIES_STEP_SECONDS)),
    capacityMbps: Array.from({ length: steps }, (_, k) => usableByHour[hourOf(k)]!),
    backlogBytes: Array.from(s.backlogBytes),
    worstRpoSeconds: Array.from(s.worstRpoSeconds),
    worstRpoVmIds: Array.from(s.worstRpoVm, (v) => vms[v]?.id ?? ''),
  };
}

/** The extended hop's result: RPO at the extended site ≈ hop 1 + hop 2 per VM [derived]. */
function extendedResult(ctx: EvaluationContext, hop: ExtendedHop, hop1: SimResult): { result: ExtendedResult; perVmWorst: number[] } {
  const { perVmWorst } = hop;
  let worst = -1;
  let worstIndex = 0;
  perVmWorst.forEach((w, i) => {
    const endToEnd = w + hop1.vms[i]!.worstRpoSeconds; // RPO at the extended site ≈ hop 1 + hop 2 [derived]
    if (endToEnd > worst) {
      worst = endToEnd;
      worstIndex = i;
    }
  });
  const capacity = capacityByHourMbps(ctx.plan.extended!.link);
  return {
    perVmWorst,
    result: {
      stable: hop.stable,
      worstRpoSeconds: Math.max(0, worst),
      worstVmId: ctx.vms[worstIndex]!.id,
      averageDemandMbps: bytesPerDayToMbps(hop.dailyWireBytes),
      effectiveCapacityMbps: capacity.reduce((a, b) => a + b, 0) / HOURS_PER_DAY,
      requiredUplinkMbpsStable: hop.requiredUplinkMbpsStable,
      vmsBreaching: hop.vmsBreaching,
    },
  };
}
