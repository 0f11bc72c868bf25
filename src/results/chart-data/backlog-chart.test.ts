import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { buildPlan, makeDisk, makeVm } from '@/test/factories';
import { buildBacklogChart } from './backlog-chart';
import { makeTestContext, makeTestResult, makeTestSeries, makeTestVm } from './test-result';

const GiB = 2 ** 30;

describe('buildBacklogChart', () => {
  it('scales backlog to one unit, formats x as hh:mm and RPO in minutes', () => {
    const series = makeTestSeries(4, 300, {
      backlogBytes: [0, 0.5 * GiB, 3 * GiB, Number.NaN],
      worstRpoSeconds: [300, 600, 1500, 2700],
      worstRpoVmIds: ['a', 'a', 'b', 'b'],
    });
    const data = buildBacklogChart(makeTestResult({ series }), makeTestContext());
    // Peak 3 GiB ≥ 1 GiB and < 1 TiB: GiB. Step 2 starts at 2 × 300 s = 00:10; 1500 s = 25 min.
    expect(data.unit).toEqual({ label: 'GiB', bytesPerUnit: GiB });
    expect(data.peakBacklogBytes).toBe(3 * GiB);
    expect(data.points.map((p) => p.time)).toEqual(['00:00', '00:05', '00:10', '00:15']);
    expect(data.points[1]).toMatchObject({ atSeconds: 300, backlog: 0.5, worstRpoMinutes: 10, worstRpoVmId: 'a' });
    expect(data.points[2]).toMatchObject({ backlog: 3, worstRpoMinutes: 25 });
    // NaN from a broken series becomes 0, never NaN on the chart.
    expect(data.points[3]).toMatchObject({ backlogBytes: 0, backlog: 0, worstRpoMinutes: 45 });
  });

  it('uses decimal GB for decimal plans', () => {
    const series = makeTestSeries(1, 300, { backlogBytes: [2.5e9] });
    const data = buildBacklogChart(makeTestResult({ series }), makeTestContext({ units: { storage: 'decimal' } }));
    expect(data.unit).toEqual({ label: 'GB', bytesPerUnit: 1e9 });
    expect(data.points[0]!.backlog).toBe(2.5);
  });

  it('draws one reference per distinct interval plus the failure window', () => {
    const vms = [{ frequencySeconds: 900 }, { frequencySeconds: 30 }, { frequencySeconds: 900 }];
    const data = buildBacklogChart(makeTestResult(), makeTestContext({ vms }));
    // 30 s = 0.5 min, 900 s = 15 min, window 1800 s = 30 min.
    expect(data.references).toEqual([
      { kind: 'interval', minutes: 0.5, label: 'Interval 30 s' },
      { kind: 'interval', minutes: 15, label: 'Interval 15 min' },
      { kind: 'failureWindow', minutes: 30, label: 'Failure window 30 min' },
    ]);
  });

  it('marks breaches in time order, snapped to their step', () => {
    const series = makeTestSeries(12, 300, { worstRpoSeconds: Array.from({ length: 12 }, (_, k) => 600 * k) });
    const vms = [
      makeTestVm({ id: 'late', name: 'Late', failureWindowBreach: { atSeconds: 3000, delaySeconds: 2400 } }),
      makeTestVm({ id: 'ok' }),
      makeTestVm({ id: 'early', name: 'Early', failureWindowBreach: { atSeconds: 1234, delaySeconds: 1860 } }),
    ];
    const data = buildBacklogChart(makeTestResult({ vms, series }), makeTestContext());
    // 1234 s → step ⌊1234 / 300⌋ = 4 → 00:20, where worst RPO = 600 × 4 s = 40 min; delay 1860 s = 31 min.
    // 3000 s → step 10 → 00:50, worst RPO 6000 s = 100 min; delay 2400 s = 40 min.
    expect(data.breaches).toEqual([
      { vmId: 'early', label: 'Early', atSeconds: 1234, time: '00:20', delayMinutes: 31, worstRpoMinutes: 40 },
      { vmId: 'late', label: 'Late', atSeconds: 3000, time: '00:50', delayMinutes: 40, worstRpoMinutes: 100 },
    ]);
  });

  it('draws one marker per step however many VMs breach in it (5 000 VMs: at most 288 symbols)', () => {
    const series = makeTestSeries(12, 300, { worstRpoSeconds: Array.from({ length: 12 }, (_, k) => 600 * k) });
    // Three VMs first breach within step 4 (1200–1499 s), one in step 10.
    const vms = [
      makeTestVm({ id: 'a', name: 'A', failureWindowBreach: { atSeconds: 1300, delaySeconds: 1900 } }),
      makeTestVm({ id: 'b', name: 'B', failureWindowBreach: { atSeconds: 1250, delaySeconds: 1850 } }),
      makeTestVm({ id: 'c', name: 'C', failureWindowBreach: { atSeconds: 3000, delaySeconds: 2400 } }),
      makeTestVm({ id: 'd', name: 'D', failureWindowBreach: { atSeconds: 1499, delaySeconds: 2000 } }),
    ];
    const data = buildBacklogChart(makeTestResult({ vms, series }), makeTestContext());
    expect(data.breaches.map((b) => b.vmId)).toEqual(['b', 'a', 'd', 'c']);
    expect(data.breachMarks.map((m) => [m.time, m.count, m.label, m.vmId])).toEqual([
      ['00:20', 3, 'B and 2 more', 'b'],
      ['00:50', 1, 'C', 'c'],
    ]);
  });

  it('reads a real unstable result: 288 five-minute points and a breach marker on the axis', () => {
    // SPEC §7 case 5: 10 GiB/day flat, 900 s, no compression, 0.9 Mbps < 0.994 Mbps demand.
    const plan = buildPlan({
      replication: { compression: false },
      link: { uplinkMbps: 0.9, efficiencyPercent: 100 },
      vms: [makeVm({ id: 'vm1', frequencySeconds: 900, disks: [makeDisk({ churnGBPerDay: 10 })] })],
    });
    const result = evaluatePlan(plan);
    const data = buildBacklogChart(result, plan);
    expect(data.points).toHaveLength(86_400 / result.series.stepSeconds);
    expect(data.points.at(-1)!.time).toBe('23:55');
    expect(data.peakBacklogBytes).toBeGreaterThan(0);
    expect(data.breaches).toHaveLength(1);
    expect(data.points.map((p) => p.time)).toContain(data.breaches[0]!.time);
    for (const p of data.points) expect(Number.isFinite(p.backlog) && Number.isFinite(p.worstRpoMinutes)).toBe(true);
  });
});
