/**
 * Test factory for engine results: a minimal valid PlanResult (one healthy VM, 5-minute cycles,
 * a one-hour series) that each test overrides with the numbers it checks by hand.
 */
import type { InitialReplicationVm, PlanResult, SeriesResult, VmResult } from '@/engine';

const GiB = 2 ** 30;

/** One healthy VM; `hourlyDemandMbps` is flat at its average unless overridden. */
export function makeTestVm(overrides: Partial<VmResult> = {}): VmResult {
  const averageDemandMbps = overrides.averageDemandMbps ?? 0.5;
  return {
    id: 'vm1',
    name: 'VM1',
    count: 1,
    worstRpoSeconds: 580,
    averageRpoSeconds: 400,
    missedCycles: 0,
    cycles: 288,
    maxCycleDelaySeconds: 280,
    failureWindowBreach: null,
    health: 'normal',
    healthReasons: [],
    resyncRequired: false,
    resyncAfterSeconds: null,
    rpoGrowthSecondsPerDay: 0,
    peakPendingLogBytes: 2 ** 27,
    largestLogBytes: 2 ** 27,
    averageDemandMbps,
    hourlyDemandMbps: Array.from({ length: 24 }, () => averageDemandMbps),
    replicaWriteIops: null,
    replicatedSizeBytes: 100 * GiB,
    replicaStorageBytes: 60 * GiB,
    extendedWorstRpoSeconds: null,
    ...overrides,
  };
}

/** One initial-replication entry: a one-hour network copy with no catch-up. */
export function makeTestIrVm(overrides: Partial<InitialReplicationVm> = {}): InitialReplicationVm {
  return {
    id: 'vm1',
    method: 'network',
    wireBytes: GiB,
    startSeconds: 0,
    durationSeconds: 3600,
    copyEndSeconds: 3600,
    loggedDuringBytes: 0,
    catchUpSeconds: 0,
    completeSeconds: 3600,
    resyncRisk: false,
    peakPendingLogBytes: 0,
    phases: [
      { kind: 'copy', startSeconds: 0, endSeconds: 3600 },
      { kind: 'catch-up', startSeconds: 3600, endSeconds: 3600 },
    ],
    offlineAlternativeSeconds: null,
    ...overrides,
  };
}

/** A series of `steps` points of `stepSeconds`, all quiet: demand 1, capacity 10, no backlog. */
export function makeTestSeries(steps = 12, stepSeconds = 300, overrides: Partial<SeriesResult> = {}): SeriesResult {
  const fill = <T>(v: T) => Array.from({ length: steps }, () => v);
  return {
    stepSeconds,
    demandMbps: fill(1),
    deliveredMbps: fill(1),
    capacityMbps: fill(10),
    backlogBytes: fill(0),
    worstRpoSeconds: fill(580),
    worstRpoVmIds: fill('vm1'),
    ...overrides,
  };
}

/** A stable, unbreached one-VM result; sections are replaced whole by overrides. */
export function makeTestResult(overrides: Partial<PlanResult> = {}): PlanResult {
  const vms = overrides.vms ?? [makeTestVm()];
  return {
    stable: true,
    daysSimulated: 2,
    rpo: { worstSeconds: 580, worstVmId: vms[0]?.id ?? 'vm1', averageSeconds: 400 , unbounded: false, growthSecondsPerDay: 0, growthVmId: null, firstResync: null, reportedDayWorstSeconds: 580},
    failureWindow: { windowSeconds: 1800, breached: false, vmsBreaching: 0, firstBreachSeconds: null, firstBreachVmId: null , firstBreachFromStartSeconds: null},
    bandwidth: {
      averageDemandMbps: 0.5,
      peakHourDemandMbps: 0.5,
      peakHour: 0,
      effectiveCapacityMbps: 9.4,
      capacityByHourMbps: Array.from({ length: 24 }, () => 9.4),
      perStreamCapMbps: null,
      maxActiveTransfers: 6,
      requiredUplinkMbps: { stable: 0.55, withinFailureWindow: 0.8, noMissedCycles: 1.4, targetRpo: null },
      monthlyTransferBytes: 160 * GiB,
      excludedDisksSavingMbps: 0,
      recommendedMaxActiveTransfers: null,
      whatIf: [],
    },
    cycles: { total: 288, missed: 0, onTimePercent: 100 },
    vms,
    storage: {
      replica: { baseBytes: 50 * GiB, recoveryPointBytes: 0, inFlightBytes: 0, extendedBytes: 0, headroomBytes: 10 * GiB, totalBytes: 60 * GiB },
      primary: { peakPendingLogBytes: 2 ** 27, deltaReserveBytes: 50 * GiB, initialReplicationReserveBytes: 100 * GiB },
    },
    initialReplication: { totalSeconds: 3600, vms: [makeTestIrVm()], recommendOffline: false, recommendation: null, order: 'plan', concurrentCopies: 6 },
    extended: null,
    series: makeTestSeries(),
    warnings: [],
    ...overrides,
  };
}
