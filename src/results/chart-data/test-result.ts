/** Chart-data test factories: the shared result factory plus the plan slice the builders read. */
import type { PlanContext } from './chart-units';

export { makeTestIrVm, makeTestResult, makeTestSeries, makeTestVm } from '@/test/plan-result';

/** The plan slice builders read: binary units, 20 Mbps uplink, one 5-minute VM, no target. */
export function makeTestContext(overrides: Partial<PlanContext> = {}): PlanContext {
  return {
    units: { storage: 'binary' },
    link: { uplinkMbps: 20 },
    replication: { targetRpoMinutes: null },
    vms: [{ frequencySeconds: 300 }],
    ...overrides,
  };
}
