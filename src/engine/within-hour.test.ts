import { describe, expect, it } from 'vitest';
import { buildPlan, expectRel, makeDisk, makeVm, MiB } from '@/test/factories';
import { evaluatePlan } from './evaluate';
import { buildVmModel, rawWrittenUntil } from './model';

/**
 * Schema v3 withinHourWeights: one VM writing 3 600 MiB a day, all in hour 2 (custom weights,
 * 1 MiB/s over the hour). Compression off, efficiency 100 %, 100 Mbps = 11.92 MiB/s, 5-minute cycles.
 */
const burstPlan = (shape: boolean) =>
  buildPlan({
    units: { storage: 'binary' },
    replication: { compression: false, growthPercent: 0 },
    link: { uplinkMbps: 100, efficiencyPercent: 100 },
    vms: [
      makeVm({
        profile: 'custom',
        hourlyWeights: Array.from({ length: 24 }, (_, h) => (h === 2 ? 1 : 0)),
        // The whole hour's writes in its first 5 minutes: 12 MiB/s from 02:00 to 02:05.
        ...(shape ? { withinHourWeights: Array.from({ length: 24 }, (_, h) => (h === 2 ? [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] : null)) } : {}),
        disks: [makeDisk({ sizeGB: 100, usedGB: 50, churnGBPerDay: 3600 / 1024 })],
      }),
    ],
  });

describe('within-hour shape (schema v3)', () => {
  it('keeps the hour total and moves the writes inside the hour', () => {
    const plan = burstPlan(true);
    const vm = buildVmModel(plan, plan.vms[0]!, 0);
    // By 02:05 the whole hour's 3 600 MiB are written; the hour and the day totals are unchanged.
    expect(rawWrittenUntil(vm, 2 * 3600 + 300) / MiB).toBeCloseTo(3600, 6);
    expect(rawWrittenUntil(vm, 2 * 3600 + 150) / MiB).toBeCloseTo(1800, 6);
    expect(rawWrittenUntil(vm, 3 * 3600) / MiB).toBeCloseTo(3600, 6);
    expect(vm.rawRate[2]! / MiB).toBeCloseTo(1, 9);
    expect(buildVmModel(burstPlan(false), burstPlan(false).vms[0]!, 0).stepRate).toBeNull(); // even hours need nothing finer
  });

  it('the cycle simulation sees the burst: the 02:05 log of 3 600 MiB takes 302 s, one cycle is missed', () => {
    // Log cut at 02:05 = 3 600 MiB → 3 600 × 2^20 × 8 / 10^8 = 301.99 s on the wire: the 02:10 boundary
    // is missed, and just before delivery the replica holds data as of 02:00 → worst RPO 300 + 301.99 = 601.99 s.
    const shaped = evaluatePlan(burstPlan(true));
    const transfer = (3600 * MiB * 8) / 1e8;
    expectRel(shaped.rpo.worstSeconds, 300 + transfer, 0.001, 'worst RPO with the burst');
    expect(shaped.vms[0]!.missedCycles).toBe(1);
    // Spread over the hour each log is 300 MiB (25.17 s): worst RPO 325.17 s, nothing missed.
    const even = evaluatePlan(burstPlan(false));
    expectRel(even.rpo.worstSeconds, 300 + transfer / 12, 0.001, 'worst RPO spread over the hour');
    expect(even.vms[0]!.missedCycles).toBe(0);
    // Same daily volume either way.
    expect(shaped.bandwidth.averageDemandMbps).toBeCloseTo(even.bandwidth.averageDemandMbps, 9);
  });
});
