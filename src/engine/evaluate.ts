import type { Plan } from '@/plan/core';
import { makeHopRunner, recommendedTransfers, requiredStableUplink, requiredUplinks, whatIfCurve } from './bandwidth';
import { replicaIopsMultiplier, vmHealth } from './health';
import { initialReplication } from './initial-replication';
import {
  buildLinkModel,
  buildVmModel,
  capacityByHourMbps,
  resolvedMaxActiveTransfers,
  streamCapMbps,
  wireRatio,
  type VmModel,
} from './model';
import { SERIES_STEP_SECONDS, simulate, type SimResult } from './simulate';
import { storageResult, vmReplicaBytes, type VmStorageInput } from './storage';
import type { ExtendedResult, PlanResult, SeriesResult, VmResult } from './types';
import { bytesPerDayToMbps, bytesPerSecondToMbps, DAYS_PER_MONTH, HOURS_PER_DAY, mbpsToBytesPerSecond, SECONDS_PER_HOUR } from './units';
import { buildWarnings } from './warnings';

/** How much of SPEC §5 to answer. */
export interface EvaluateOptions {
  /**
   * false = screening run for the options search (SPEC §5.9): the day is simulated as it is, but
   * the uplink searches are skipped (`requiredUplinkMbps` all null, `whatIf` empty, extended
   * `requiredUplinkMbpsStable` null). Several times faster; never shown to the user as is.
   */
  searches?: boolean;
}

const NOT_SEARCHED = { stable: null, withinFailureWindow: null, noMissedCycles: null, targetRpo: null };

/** Evaluate a validated plan: every answer of SPEC §5. Pure, synchronous and deterministic. */
export function evaluatePlan(plan: Plan, options: EvaluateOptions = {}): PlanResult {
  const searches = options.searches ?? true;
  const vms = plan.vms.map((vm, i) => buildVmModel(plan, vm, i));
  const ratio = wireRatio(plan);
  const maxActive = resolvedMaxActiveTransfers(plan);
  const capacityByHour = capacityByHourMbps(plan.link);
  const streamCap = streamCapMbps(plan.link);
  const usableByHour = capacityByHour.map((c) => (streamCap === null ? c : Math.min(c, maxActive * streamCap)));
  const meanUsableMbps = usableByHour.reduce((a, b) => a + b, 0) / HOURS_PER_DAY;
  const windowSeconds = plan.replication.failureWindowMinutes * 60;

  // The day as it is, in detail, then the searches that answer "how much uplink?".
  const main = simulate({ vms, link: buildLinkModel(plan, plan.link), wireRatio: ratio, failureWindowSeconds: windowSeconds, detail: true });
  const runner = makeHopRunner(plan, vms, plan.link, ratio);
  runner.remember(plan.link.uplinkMbps, main);
  const targetSeconds = plan.replication.targetRpoMinutes === null ? null : plan.replication.targetRpoMinutes * 60;
  // RPO ≥ T + transfer time: a target at or below some VM's interval is out of reach at any uplink.
  const targetReachable = targetSeconds === null || vms.every((vm) => (vm.rawBytesPerDay > 0 ? vm.frequencySeconds < targetSeconds : vm.frequencySeconds <= targetSeconds));
  const required = searches ? requiredUplinks(runner, targetSeconds, targetReachable) : NOT_SEARCHED;
  const whatIf = searches ? whatIfCurve(runner, required, plan.link.uplinkMbps) : [];

  // Demand (SPEC §5.1, §5.4): wire bytes after compression, before efficiency.
  const dailyWire = vms.reduce((s, vm) => s + vm.rawBytesPerDay * vm.count, 0) * ratio;
  const hourlyDemand = Array.from({ length: HOURS_PER_DAY }, (_, h) =>
    bytesPerSecondToMbps(vms.reduce((s, vm) => s + vm.rawRate[h]! * vm.count, 0) * ratio),
  );
  const peakHour = hourlyDemand.indexOf(Math.max(...hourlyDemand));
  const excludedDaily = vms.reduce((s, vm) => s + vm.excludedBytesPerDay * vm.count, 0) * ratio;

  const extended = plan.extended ? evaluateExtended(plan, vms, ratio, main, searches) : null;
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

  const irLink = {
    capacityByHourBytesPerSecond: usableByHour.map(mbpsToBytesPerSecond),
    streamCapBytesPerSecond: streamCap === null ? Infinity : mbpsToBytesPerSecond(streamCap),
    maxActiveTransfers: maxActive,
    deltaWireRatio: ratio,
  };
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
      requiredUplinkMbps: required,
      monthlyTransferBytes: dailyWire * DAYS_PER_MONTH,
      excludedDisksSavingMbps: bytesPerDayToMbps(excludedDaily),
      recommendedMaxActiveTransfers: recommendedTransfers(capacityByHour, streamCap),
      whatIf,
    },
    cycles: {
      total: main.cycles,
      missed: main.missedCycles,
      onTimePercent: main.cycles ? (100 * (main.cycles - main.missedCycles)) / main.cycles : 100,
    },
    vms: vmResults,
    storage: storageResult(plan, storageInputs),
    initialReplication: initialReplication(plan, vms, irLink),
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

/** The replica → extended-replica hop: the same churn, its own frequency and link [EXTEND]. */
function evaluateExtended(
  plan: Plan,
  vms: readonly VmModel[],
  ratio: number,
  hop1: SimResult,
  searches: boolean,
): { result: ExtendedResult; perVmWorst: number[] } {
  const ext = plan.extended!;
  const runner = makeHopRunner(plan, vms, ext.link, ratio, ext.frequencySeconds);
  const hop2 = runner.run(ext.link.uplinkMbps);
  const stableUplink = searches ? requiredStableUplink(runner) : null;
  const perVmWorst = hop2.vms.map((s) => s.worstRpoSeconds);
  let worst = -1;
  let worstIndex = 0;
  perVmWorst.forEach((w, i) => {
    const endToEnd = w + hop1.vms[i]!.worstRpoSeconds; // RPO at the extended site ≈ hop 1 + hop 2 [derived]
    if (endToEnd > worst) {
      worst = endToEnd;
      worstIndex = i;
    }
  });
  const capacity = capacityByHourMbps(ext.link);
  return {
    perVmWorst,
    result: {
      stable: hop2.stable,
      worstRpoSeconds: Math.max(0, worst),
      worstVmId: vms[worstIndex]!.id,
      averageDemandMbps: bytesPerDayToMbps(runner.dailyWireBytes),
      effectiveCapacityMbps: capacity.reduce((a, b) => a + b, 0) / HOURS_PER_DAY,
      requiredUplinkMbpsStable: stableUplink,
      vmsBreaching: hop2.vmsBreaching,
    },
  };
}
