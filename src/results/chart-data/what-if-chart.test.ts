import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { buildPlan, makeVm } from '@/test/factories';
import { buildWhatIfChart } from './what-if-chart';
import { makeTestContext, makeTestResult } from './test-result';

function resultWithCurve() {
  const base = makeTestResult();
  return makeTestResult({
    bandwidth: {
      ...base.bandwidth,
      requiredUplinkMbps: { stable: 1, withinFailureWindow: 2, noMissedCycles: null, targetRpo: 7 },
      // Deliberately unsorted, with a 0 Mbps point a log axis cannot draw.
      whatIf: [
        { uplinkMbps: 20, worstRpoSeconds: 540, onTimeCyclesPercent: 100, vmsBreaching: 0, stable: true },
        { uplinkMbps: 1, worstRpoSeconds: 7200, onTimeCyclesPercent: 40.5, vmsBreaching: 2, stable: true },
        { uplinkMbps: 0, worstRpoSeconds: 9e9, onTimeCyclesPercent: 0, vmsBreaching: 3, stable: false },
        { uplinkMbps: 2, worstRpoSeconds: 1500, onTimeCyclesPercent: 88, vmsBreaching: 0, stable: true },
      ],
    },
  });
}

describe('buildWhatIfChart', () => {
  it('sorts the curve by uplink and converts RPO to minutes', () => {
    const data = buildWhatIfChart(resultWithCurve(), makeTestContext());
    // 7200 s = 120 min, 1500 s = 25 min, 540 s = 9 min.
    expect(data.points).toEqual([
      { uplinkMbps: 1, worstRpoMinutes: 120, onTimeCyclesPercent: 40.5, vmsBreaching: 2, stable: true },
      { uplinkMbps: 2, worstRpoMinutes: 25, onTimeCyclesPercent: 88, vmsBreaching: 0, stable: true },
      { uplinkMbps: 20, worstRpoMinutes: 9, onTimeCyclesPercent: 100, vmsBreaching: 0, stable: true },
    ]);
  });

  it('marks the current uplink and each non-null requirement, with y where the curve has the point', () => {
    const data = buildWhatIfChart(resultWithCurve(), makeTestContext({ replication: { targetRpoMinutes: 15 } }));
    // noMissedCycles is null (unreachable): skipped. targetRpo 7 Mbps is not on this curve: y null.
    expect(data.markers).toEqual([
      { kind: 'current', uplinkMbps: 20, label: 'Current uplink 20 Mbps', worstRpoMinutes: 9, onTimeCyclesPercent: 100, stable: true },
      { kind: 'stable', uplinkMbps: 1, label: 'Keeps up: 1 Mbps', worstRpoMinutes: 120, onTimeCyclesPercent: 40.5, stable: true },
      { kind: 'withinFailureWindow', uplinkMbps: 2, label: 'Within failure window: 2 Mbps', worstRpoMinutes: 25, onTimeCyclesPercent: 88, stable: true },
      { kind: 'targetRpo', uplinkMbps: 7, label: 'Target RPO 15 min: 7 Mbps', worstRpoMinutes: null, onTimeCyclesPercent: null, stable: null },
    ]);
  });

  it('every marker of a real result sits on the engine curve', () => {
    const plan = buildPlan({ replication: { targetRpoMinutes: 20 }, link: { uplinkMbps: 2 }, vms: [makeVm({ profile: 'business-hours' })] });
    const data = buildWhatIfChart(evaluatePlan(plan), plan);
    expect(data.points.length).toBeGreaterThanOrEqual(25);
    expect(data.markers.map((m) => m.kind)).toEqual(['current', 'stable', 'withinFailureWindow', 'noMissedCycles', 'targetRpo']);
    for (const m of data.markers) expect(m.worstRpoMinutes).not.toBeNull();
    for (const p of data.points) expect(Number.isFinite(p.worstRpoMinutes)).toBe(true);
    // One point per uplink, x strictly increasing (a line chart needs a function of x).
    data.points.slice(1).forEach((p, i) => expect(p.uplinkMbps).toBeGreaterThan(data.points[i]!.uplinkMbps));
  });
});
