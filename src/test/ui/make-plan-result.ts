import type { PlanResult, VmResult } from '@/engine';
import { makeTestResult, makeTestVm } from '@/test/plan-result';

/** A healthy one-VM result for UI tests (VM FS01); override what the test is about. */
export function makeVmResult(overrides: Partial<VmResult> = {}): VmResult {
  return makeTestVm({ id: 'fs01', name: 'FS01', ...overrides });
}

/** A stable, unbreached result for UI tests; override what the test is about. */
export function makePlanResult(overrides: Partial<PlanResult> = {}): PlanResult {
  const base = makeTestResult({ vms: overrides.vms ?? [makeVmResult()] });
  return {
    ...base,
    bandwidth: { ...base.bandwidth, peakHourDemandMbps: 1.2, peakHour: 10 },
    storage: {
      ...base.storage,
      replica: { ...base.storage.replica, inFlightBytes: 2 ** 28, totalBytes: 60.25 * 2 ** 30 },
    },
    initialReplication: { totalSeconds: 86_400, vms: [], recommendOffline: false, recommendation: null, order: 'plan', concurrentCopies: 6 },
    series: { stepSeconds: 60, demandMbps: [], deliveredMbps: [], capacityMbps: [], backlogBytes: [], worstRpoSeconds: [], worstRpoVmIds: [] },
    ...overrides,
  };
}
