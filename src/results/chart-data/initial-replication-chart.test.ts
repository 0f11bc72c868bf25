import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { buildPlan, makeDisk, makeVm } from '@/test/factories';
import { buildInitialReplicationChart } from './initial-replication-chart';
import { makeTestIrVm, makeTestResult, makeTestVm } from './test-result';

function resultWith(irVms: ReturnType<typeof makeTestIrVm>[], totalSeconds: number | null) {
  const vms = irVms.map((v) => makeTestVm({ id: v.id, name: v.id.toUpperCase() }));
  return makeTestResult({ vms, initialReplication: { totalSeconds, vms: irVms, recommendOffline: false, recommendation: null, order: 'plan', concurrentCopies: 6 } });
}

describe('buildInitialReplicationChart', () => {
  it('gives offset, copy and catch-up in hours for VMs that complete', () => {
    const a = makeTestIrVm({ id: 'a', startSeconds: 0, durationSeconds: 7200, catchUpSeconds: 1800, completeSeconds: 9000 });
    const b = makeTestIrVm({ id: 'b', startSeconds: 9000, durationSeconds: 3600, catchUpSeconds: 0, completeSeconds: 12_600, resyncRisk: true });
    const data = buildInitialReplicationChart(resultWith([a, b], 12_600));
    // a: 0 + 7200/3600 = 2 h copy + 1800/3600 = 0.5 h catch-up → 2.5 h. b: starts at 2.5 h, 1 h copy → 3.5 h.
    expect(data.rows.map((r) => [r.label, r.offsetHours, r.copyHours, r.catchUpHours, r.completeHours])).toEqual([
      ['A', 0, 2, 0.5, 2.5],
      ['B', 2.5, 1, 0, 3.5],
    ]);
    expect(data.rows[0]!.status).toBe('Protected after 2 h 30 min');
    expect(data.rows[1]!.resyncRisk).toBe(true);
    // Nothing runs forever: the axis ends at the last completion.
    expect(data.horizonHours).toBe(3.5);
    expect(data.totalHours).toBe(3.5);
  });

  it('draws a phase that never ends up to 1.25 × the last finite event', () => {
    const a = makeTestIrVm({ id: 'a', startSeconds: 0, durationSeconds: 7200, catchUpSeconds: 7200, completeSeconds: 14_400 });
    const b = makeTestIrVm({ id: 'b', startSeconds: 3600, durationSeconds: null, catchUpSeconds: null, completeSeconds: null });
    const c = makeTestIrVm({ id: 'c', startSeconds: 0, durationSeconds: 10_800, catchUpSeconds: null, completeSeconds: null });
    const data = buildInitialReplicationChart(resultWith([a, b, c], null));
    // Last finite event: a completes at 2 + 2 = 4 h → horizon 4 × 1.25 = 5 h.
    expect(data.horizonHours).toBe(5);
    expect(data.totalHours).toBeNull();
    const [, rb, rc] = data.rows;
    // b: offset 1 h, copy never ends → never = 5 − 1 = 4 h.
    expect(rb).toMatchObject({ offsetHours: 1, copyHours: 0, catchUpHours: 0, neverHours: 4, neverCompletes: true, stalledPhase: 'copy', completeHours: null, status: 'Copy never finishes' });
    // c: 3 h copy, catch-up never ends → never = 5 − 3 = 2 h.
    expect(rc).toMatchObject({ copyHours: 3, catchUpHours: 0, neverHours: 2, stalledPhase: 'catch-up', status: 'Catch-up never finishes' });
    expect(data.rows[0]!.neverHours).toBe(0);
  });

  it('falls back to a one-day axis when nothing ever finishes', () => {
    const a = makeTestIrVm({ id: 'a', startSeconds: 0, durationSeconds: null, catchUpSeconds: null, completeSeconds: null });
    const data = buildInitialReplicationChart(resultWith([a], null));
    expect(data.horizonHours).toBe(24);
    expect(data.rows[0]!.neverHours).toBe(24);
  });

  it('reads a real plan whose churn outruns the uplink: never completes, no NaN', () => {
    // 200 GB/day × 0.7 on the wire ≈ 13 Mbps of delta demand against 1 Mbps × 94 %: the copy can never finish.
    const plan = buildPlan({ link: { uplinkMbps: 1 }, vms: [makeVm({ id: 'big', disks: [makeDisk({ sizeGB: 1000, usedGB: 500, churnGBPerDay: 200 })] })] });
    const data = buildInitialReplicationChart(evaluatePlan(plan));
    expect(data.rows[0]).toMatchObject({ id: 'big', neverCompletes: true });
    expect(data.totalHours).toBeNull();
    for (const r of data.rows) for (const v of [r.offsetHours, r.copyHours, r.catchUpHours, r.neverHours]) expect(Number.isFinite(v)).toBe(true);
  });
});
