import type { PlanResult, VmResult } from '@/engine';

/** A healthy one-VM result for UI tests; override what the test is about. */
export function makeVmResult(overrides: Partial<VmResult> = {}): VmResult {
  return {
    id: 'fs01',
    name: 'FS01',
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
    peakPendingLogBytes: 2 ** 27,
    largestLogBytes: 2 ** 27,
    averageDemandMbps: 0.5,
    hourlyDemandMbps: Array.from({ length: 24 }, () => 0.5),
    replicaWriteIops: null,
    replicatedSizeBytes: 100 * 2 ** 30,
    replicaStorageBytes: 60 * 2 ** 30,
    extendedWorstRpoSeconds: null,
    ...overrides,
  };
}

/** A stable, unbreached result for UI tests; override what the test is about. */
export function makePlanResult(overrides: Partial<PlanResult> = {}): PlanResult {
  const vms = overrides.vms ?? [makeVmResult()];
  return {
    stable: true,
    daysSimulated: 2,
    rpo: { worstSeconds: 580, worstVmId: vms[0]?.id ?? 'fs01', averageSeconds: 400 },
    failureWindow: { windowSeconds: 1800, breached: false, vmsBreaching: 0, firstBreachSeconds: null, firstBreachVmId: null },
    bandwidth: {
      averageDemandMbps: 0.5,
      peakHourDemandMbps: 1.2,
      peakHour: 10,
      effectiveCapacityMbps: 9.4,
      capacityByHourMbps: Array.from({ length: 24 }, () => 9.4),
      perStreamCapMbps: null,
      maxActiveTransfers: 6,
      requiredUplinkMbps: { stable: 0.55, withinFailureWindow: 0.8, noMissedCycles: 1.4, targetRpo: null },
      monthlyTransferBytes: 160 * 2 ** 30,
      excludedDisksSavingMbps: 0,
      recommendedMaxActiveTransfers: null,
      whatIf: [],
    },
    cycles: { total: 288, missed: 0, onTimePercent: 100 },
    vms,
    storage: {
      replica: {
        baseBytes: 50 * 2 ** 30,
        recoveryPointBytes: 0,
        inFlightBytes: 2 ** 28,
        extendedBytes: 0,
        headroomBytes: 10 * 2 ** 30,
        totalBytes: 60.25 * 2 ** 30,
      },
      primary: { peakPendingLogBytes: 2 ** 27, deltaReserveBytes: 50 * 2 ** 30, initialReplicationReserveBytes: 100 * 2 ** 30 },
    },
    initialReplication: { totalSeconds: 86_400, vms: [], recommendOffline: false },
    extended: null,
    series: {
      stepSeconds: 60,
      demandMbps: [],
      deliveredMbps: [],
      capacityMbps: [],
      backlogBytes: [],
      worstRpoSeconds: [],
      worstRpoVmIds: [],
    },
    warnings: [],
    ...overrides,
  };
}
