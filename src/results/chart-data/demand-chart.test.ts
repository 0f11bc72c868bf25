import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { buildPlan, makeVm } from '@/test/factories';
import { buildDemandChart, OTHERS_KEY } from './demand-chart';
import { makeTestResult, makeTestVm } from './test-result';

/** VM k (k = 1…10) demands k Mbps in every hour, except hour 10 where it demands 2k. */
function tenVms() {
  return Array.from({ length: 10 }, (_, i) => {
    const k = i + 1;
    return makeTestVm({
      id: `vm${k}`,
      name: `VM${k}`,
      averageDemandMbps: k,
      hourlyDemandMbps: Array.from({ length: 24 }, (_, h) => (h === 10 ? 2 * k : k)),
    });
  });
}

describe('buildDemandChart', () => {
  it('stacks the 8 busiest VMs and sums the rest into "others"', () => {
    const data = buildDemandChart(makeTestResult({ vms: tenVms() }));
    // Busiest first: VM10 … VM3 get their own stack; VM2 + VM1 are "others" (2 + 1 = 3 Mbps).
    expect(data.series.map((s) => s.label)).toEqual(['VM10', 'VM9', 'VM8', 'VM7', 'VM6', 'VM5', 'VM4', 'VM3', '2 other VMs']);
    expect(data.series.at(-1)).toMatchObject({ key: OTHERS_KEY, vmIds: ['vm2', 'vm1'], averageDemandMbps: 3 });
    expect(data.points).toHaveLength(24);
    const h0 = data.points[0]!;
    expect(h0).toMatchObject({ hour: 0, time: '00:00', vm0: 10, vm7: 3, others: 3, capacityMbps: 9.4 });
    // Σ k for k = 1…10 = 55 Mbps; hour 10 doubles it: 110 Mbps.
    expect(h0.demandMbps).toBe(55);
    expect(data.points[10]).toMatchObject({ time: '10:00', demandMbps: 110, others: 6 });
    expect(data.peakDemandMbps).toBe(110);
    expect(data.maxMbps).toBe(110);
  });

  it('has no "others" stack when every VM fits, and keeps plan order on ties', () => {
    const vms = [makeTestVm({ id: 'a', name: 'A' }), makeTestVm({ id: 'b', name: '' })];
    const data = buildDemandChart(makeTestResult({ vms }));
    // Both 0.5 Mbps: plan order; an empty name falls back to the id.
    expect(data.series.map((s) => s.label)).toEqual(['A', 'b']);
    expect(data.points[5]).toMatchObject({ vm0: 0.5, vm1: 0.5, demandMbps: 1 });
  });

  it('turns missing or non-finite hourly values into 0, never NaN', () => {
    const vm = makeTestVm({ averageDemandMbps: Number.NaN, hourlyDemandMbps: [Number.POSITIVE_INFINITY, 2] });
    const data = buildDemandChart(makeTestResult({ vms: [vm] }));
    expect(data.points[0]!.vm0).toBe(0);
    expect(data.points[1]!.vm0).toBe(2);
    expect(data.points[2]!.vm0).toBe(0);
    expect(data.series[0]!.averageDemandMbps).toBe(0);
    for (const p of data.points) for (const v of Object.values(p)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  });

  it('matches the engine aggregate on a real result', () => {
    const plan = buildPlan({
      vms: [makeVm({ id: 'day', profile: 'business-hours' }), makeVm({ id: 'night', profile: 'overnight-batch', count: 3 })],
    });
    const result = evaluatePlan(plan);
    const data = buildDemandChart(result);
    const stepsPerHour = 3600 / result.series.stepSeconds;
    data.points.forEach((p, h) => expect(p.demandMbps).toBeCloseTo(result.series.demandMbps[h * stepsPerHour]!, 9));
    // The group of 3 demands 3× one VM: 4 GB/day × 0.7 × 3 → the busiest series.
    expect(data.series[0]!.vmIds).toEqual(['night']);
  });
});
