import { describe, expect, it } from 'vitest';
import { buildPlan, makeVm } from '@/test/factories';
import { makeTestIrVm, makeTestResult, makeTestVm } from '@/test/plan-result';
import { buildVmResultRows, DEFAULT_VM_SORT, nextSort, sortVmResultRows, type VmSort } from './vm-result-rows';

/** Four VMs in plan order a, b, c, d with hand-picked figures per column. */
function fixture() {
  const plan = buildPlan({
    vms: [makeVm({ id: 'a', name: 'Alpha' }), makeVm({ id: 'b', name: 'beta', count: 3 }), makeVm({ id: 'c', name: 'Gamma', frequencySeconds: 30 }), makeVm({ id: 'd', name: 'Delta' })],
  });
  const vms = [
    makeTestVm({ id: 'a', worstRpoSeconds: 600, health: 'normal', missedCycles: 0, peakPendingLogBytes: 10 }),
    makeTestVm({ id: 'b', worstRpoSeconds: 7200, health: 'warning', missedCycles: 100, failureWindowBreach: { atSeconds: 60, delaySeconds: 4000 }, peakPendingLogBytes: 30 }),
    makeTestVm({ id: 'c', worstRpoSeconds: 900, health: 'critical', resyncRequired: true, missedCycles: 5, cycles: 2880, failureWindowBreach: { atSeconds: 0, delaySeconds: 2000 } }),
    makeTestVm({ id: 'd', worstRpoSeconds: 600, health: 'warning', missedCycles: 100, peakPendingLogBytes: 20 }),
  ];
  const ir = [
    makeTestIrVm({ id: 'a', completeSeconds: 3600 }),
    makeTestIrVm({ id: 'b', completeSeconds: null }),
    makeTestIrVm({ id: 'c', completeSeconds: 100 }),
    makeTestIrVm({ id: 'd', completeSeconds: null }),
  ];
  const result = makeTestResult({ vms, initialReplication: { totalSeconds: null, vms: ir, recommendOffline: false, recommendation: null, order: 'plan', concurrentCopies: 6 } });
  return buildVmResultRows(plan, result);
}

const order = (sort: VmSort) => sortVmResultRows(fixture(), sort).map((r) => r.id);

describe('per-VM result rows', () => {
  it('joins plan, result and initial replication in plan order', () => {
    const rows = fixture();
    expect(rows.map((r) => [r.id, r.name, r.count, r.frequencySeconds, r.initialReplicationSeconds])).toEqual([
      ['a', 'Alpha', 1, 300, 3600],
      ['b', 'beta', 3, 300, null],
      ['c', 'Gamma', 1, 30, 100],
      ['d', 'Delta', 1, 300, null],
    ]);
  });

  it('sorts worst first by default; ties keep plan order', () => {
    expect(DEFAULT_VM_SORT).toEqual({ key: 'worstRpo', direction: 'descending' });
    // 7200 > 900 > 600 = 600 (a before d).
    expect(order(DEFAULT_VM_SORT)).toEqual(['b', 'c', 'a', 'd']);
    expect(order({ key: 'worstRpo', direction: 'ascending' })).toEqual(['a', 'd', 'c', 'b']);
  });

  it('ranks health critical > warning > normal, then by RPO', () => {
    // c critical; b and d warning (b's 2 h lag is worse than d's 10 min); a normal.
    expect(order({ key: 'health', direction: 'descending' })).toEqual(['c', 'b', 'd', 'a']);
  });

  it('compares missed cycles as a share of the day, breaches by their wait, never-ending IR as worst', () => {
    // 100/288 (b, d) > 5/2880 (c) > 0 (a).
    expect(order({ key: 'missed', direction: 'descending' })).toEqual(['b', 'd', 'c', 'a']);
    // b waits 4000 s > c 2000 s > no breach (a, d).
    expect(order({ key: 'breach', direction: 'descending' })).toEqual(['b', 'c', 'a', 'd']);
    // never (b, d) > 3600 s (a) > 100 s (c).
    expect(order({ key: 'initialReplication', direction: 'descending' })).toEqual(['b', 'd', 'a', 'c']);
    expect(order({ key: 'pendingLogs', direction: 'descending' })).toEqual(['c', 'b', 'd', 'a']);
  });

  it('sorts names case-insensitively', () => {
    expect(order({ key: 'name', direction: 'ascending' })).toEqual(['a', 'b', 'd', 'c']);
  });

  it('first click sorts worst first (names A→Z), a second click reverses', () => {
    expect(nextSort(DEFAULT_VM_SORT, 'storage')).toEqual({ key: 'storage', direction: 'descending' });
    expect(nextSort(DEFAULT_VM_SORT, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort(DEFAULT_VM_SORT, 'worstRpo')).toEqual({ key: 'worstRpo', direction: 'ascending' });
  });
});
