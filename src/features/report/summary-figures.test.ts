import { describe, expect, it } from 'vitest';
import { buildPlan } from '@/test/factories';
import { makeTestResult, makeTestVm } from '@/test/plan-result';
import { buildKeyFigures, buildUplinkRows } from './summary-figures';

describe('buildUplinkRows', () => {
  it('compares each goal with the plan’s uplink: 0.58 needed on 0.3 is 0.28 short', () => {
    const plan = buildPlan({ link: { uplinkMbps: 0.3 }, replication: { targetRpoMinutes: 15 } });
    const result = makeTestResult();
    const rows = buildUplinkRows(plan, { ...result, bandwidth: { ...result.bandwidth, requiredUplinkMbps: { stable: 0.58, withinFailureWindow: 0.25, noMissedCycles: null, targetRpo: 0.9 } } });
    expect(rows).toEqual([
      { goal: 'Keep up (backlog never grows)', needed: '0.58 Mbps', met: false, standing: '0.28 Mbps short' },
      { goal: 'Stay inside the 30 min failure window', needed: '0.25 Mbps', met: true, standing: 'enough' },
      { goal: 'Never miss a cycle', needed: 'not reachable by uplink alone', met: false, standing: 'not reachable' },
      { goal: 'Meet the 15 min target RPO', needed: '0.9 Mbps', met: false, standing: '0.6 Mbps short' },
    ]);
  });

  it('has no target row without a target RPO', () => {
    expect(buildUplinkRows(buildPlan(), makeTestResult()).map((r) => r.goal)).not.toContain(expect.stringMatching(/target/));
    expect(buildUplinkRows(buildPlan(), makeTestResult())).toHaveLength(3);
  });
});

describe('buildKeyFigures', () => {
  it('gives uplink, RPO, window, storage and initial replication, flagging only what is wrong', () => {
    const figures = buildKeyFigures(buildPlan(), makeTestResult());
    expect(figures.map((f) => [f.label, f.value, f.bad])).toEqual([
      ['Uplink', '20 Mbps now', false],
      ['Worst RPO', '9 min 40 s', false],
      ['Failure window (30 min)', 'never breached', false],
      ['Replica storage', '60 GiB', false],
      ['Initial replication', '1 h', false],
    ]);
  });

  it('flags a breached window with the VM and time, and an initial copy that never completes', () => {
    const breach = { atSeconds: 9 * 3600 + 300, delaySeconds: 2000 };
    const base = makeTestResult({ vms: [makeTestVm({ id: 'vm1', name: 'VM1', failureWindowBreach: breach }), makeTestVm({ id: 'vm2', name: 'VM2', failureWindowBreach: breach })] });
    const figures = buildKeyFigures(buildPlan(), {
      ...base,
      failureWindow: { windowSeconds: 1800, breached: true, vmsBreaching: 2, firstBreachSeconds: 9 * 3600 + 300, firstBreachVmId: 'vm1' , firstBreachFromStartSeconds: null},
      initialReplication: { ...base.initialReplication, totalSeconds: null, vms: [{ ...base.initialReplication.vms[0]!, completeSeconds: null }] },
    });
    expect(figures[2]).toMatchObject({ value: 'breached by 2 VMs', detail: 'First at 09:05 of the simulated day (VM1).', bad: true });
    expect(figures[4]).toMatchObject({ value: 'never completes', bad: true });
    expect(figures[4]!.detail).toBe('VM1 never catches up: once the others are protected, their churn needs more than the link has left. Method: over the network.');
  });

  it('adds the extended site when the plan has one', () => {
    const figures = buildKeyFigures(
      buildPlan(),
      makeTestResult({ extended: { stable: true, worstRpoSeconds: 2100, worstVmId: 'vm1', averageDemandMbps: 1, effectiveCapacityMbps: 184, requiredUplinkMbpsStable: 2, vmsBreaching: 0 } }),
    );
    expect(figures.at(-1)).toMatchObject({ label: 'Extended site', value: 'worst RPO 35 min', bad: false });
  });
});
