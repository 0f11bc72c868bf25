/**
 * Hand-computed oracles for backlogs (SPEC §5.3): failure-window breach under a burst, resync at
 * 50 %, the extended hop, and where the model makes more uplink lengthen the worst lag.
 * Arithmetic in comments; 1 Mbps = 10^6 bit/s; GiB = 2^30 B.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { flatVm, logBytes, plainPlan } from '@/test/cycle-plans';
import { buildPlan, expectRel, GiB, makeDisk, makeVm, SECONDS_PER_DAY } from '@/test/factories';
import { vmResult, warningCodes } from '@/test/result-helpers';

describe('failure-window breach: a heavy overnight-batch burst', () => {
  // overnight-batch: hours 01–05 weigh 4 × the other 20 → weights 8/3 and 2/3 (mean 1).
  // 10 GiB/day: mean demand m = 0.994205 Mbps; burst 8/3 m = 2.65121 Mbps; C = 1.2 Mbps.
  // Stable: m < C. During the burst the link falls behind by 1.45121 Mbps for 4 h.
  // Lower bound for the 05:00 boundary: everything written 01:00–05:00 (4 h × 2.65121 Mbps)
  // needs ≥ 4 h × 2.65121 / 1.2 = 8.837 h from 01:00, so it lands ≥ 3.837 h... after 05:00:
  // delay ≥ 8.837 h − 4 h = 4.837 h = 17 414 s.
  // First breach: with the fluid backlog, the delay of data written τ after 01:00 is about
  // τ × 1.45121 / 1.2 = 1.209 τ, over 1800 s once τ ≳ 25 min: the first breaching boundary is
  // between 01:00 and 02:00, so the breach begins between 01:30 (5400 s) and 02:30 (9000 s).
  const plan = plainPlan(1.2, [
    makeVm({ id: 'batch', frequencySeconds: 300, profile: 'overnight-batch', disks: [makeDisk({ sizeGB: 100, usedGB: 60, churnGBPerDay: 10 })] }),
  ]);
  const result = evaluatePlan(plan);
  const vm = vmResult(result, 'batch');

  it('peak-hour demand is 8/3 of the mean: 2.6512 Mbps, in hours 01–04', () => {
    expectRel(result.bandwidth.peakHourDemandMbps, ((8 / 3) * 10 * GiB * 8) / SECONDS_PER_DAY / 1e6, 0.005, 'peakHourDemandMbps');
    expect([1, 2, 3, 4]).toContain(result.bandwidth.peakHour);
  });

  it('is stable over the day but breaches the 30-minute window', () => {
    expect(result.stable).toBe(true);
    expect(result.failureWindow.breached).toBe(true);
    expect(result.failureWindow.vmsBreaching).toBe(1);
    expect(warningCodes(result)).toContain('failure-window-breached');
  });

  it('worst cycle delay ≥ 17 414 s (4.84 h) and well under the ~15 h drain', () => {
    expect(vm.maxCycleDelaySeconds).toBeGreaterThan(1800);
    expect(vm.maxCycleDelaySeconds).toBeGreaterThanOrEqual(17_414 * 0.99);
    expect(vm.maxCycleDelaySeconds).toBeLessThan(15 * 3600);
  });

  it('the first breach begins between 01:30 and 02:30', () => {
    expect(vm.failureWindowBreach).not.toBeNull();
    expect(vm.failureWindowBreach!.atSeconds).toBeGreaterThanOrEqual(5400);
    expect(vm.failureWindowBreach!.atSeconds).toBeLessThanOrEqual(9000);
    expect(vm.failureWindowBreach!.delaySeconds).toBeGreaterThan(1800);
    expect(result.failureWindow.firstBreachSeconds).toBe(vm.failureWindowBreach!.atSeconds);
  });

  it('misses cycles, turns Microsoft health to Warning (> 20 % missed / > 1 h lag), but not Critical', () => {
    expect(vm.missedCycles).toBeGreaterThan(0.2 * vm.cycles);
    expect(vm.health).toBe('warning');
    expect(vm.resyncRequired).toBe(false);
    expect(warningCodes(result)).toContain('health-warning');
  });

  it('needs more uplink to stay within the window: between the fluid bound 2.36 Mbps and 1.2 × the peak 3.18 Mbps', () => {
    // Fluid: 4 h × (2.65121 / C − 1) ≤ 0.5 h → C ≥ 2.3566 Mbps. At 3.18 Mbps the peak load is 0.83: no miss.
    const need = result.bandwidth.requiredUplinkMbps.withinFailureWindow!;
    expect(need).toBeGreaterThan(2.3566 * 0.99);
    expect(need).toBeLessThan(3.182);
  });

  it('requiredUplinkMbps.stable: just above the mean demand 0.9942 Mbps, not far above', () => {
    // Daily volume keeps up once C > m = 0.994205 Mbps (fluid). The discrete cycles idle the link
    // for up to one interval after each delivery, so the true threshold sits a little higher; an
    // independent 1 s simulation of SPEC §5.3 finds growth at 1.00 Mbps (0.24 → 0.80 GiB pending
    // at day ends 1–7) and a repeating day from 1.01 Mbps. Allow the 1 % search precision on top.
    const need = result.bandwidth.requiredUplinkMbps.stable!;
    expect(need).toBeGreaterThanOrEqual(0.994205);
    expect(need).toBeLessThanOrEqual(1.01 * 1.01);
  });

  it('stability is monotone in the uplink, and the required-stable uplink is the first stable one', () => {
    const uplinks = [1.0, 1.01, 1.02, 1.03, 1.035, 1.04, 1.05, 1.1, 1.2];
    const stable = uplinks.map((u) => evaluatePlan({ ...plan, link: { ...plan.link, uplinkMbps: u } }).stable);
    const first = stable.indexOf(true);
    expect(first).toBeGreaterThanOrEqual(0);
    // Once stable, every larger uplink is stable too.
    expect(stable.slice(first), `stable by uplink ${uplinks.map((u, i) => `${u}:${stable[i]}`).join(' ')}`).not.toContain(false);
    expect(result.bandwidth.requiredUplinkMbps.stable!).toBeLessThanOrEqual(uplinks[first]! * 1.01);
  });

  it('the same plan with a 12 h window does not breach at 05:00-type delays below 12 h', () => {
    const longWindow = evaluatePlan({ ...plan, replication: { ...plan.replication, failureWindowMinutes: 720 } });
    expect(longWindow.failureWindow.windowSeconds).toBe(43_200);
    const worst = vmResult(longWindow, 'batch').maxCycleDelaySeconds;
    expect(longWindow.failureWindow.breached).toBe(worst > 43_200);
  });
});

describe('resync required at 50 % of the replicated size [RESYNC]', () => {
  // Case-1 VM (10 GiB/day flat, 900 s, 10 Mbps): one log L = 111 848 106.7 B; while it sends
  // (89.48 s) the next log grows by L × 89.48 / 900, so pending peaks between
  // L = 111.85e6 B (cut logs only) and L × (1 + 89.48/900) = 122.97e6 B (with the open log).
  const L = logBytes(10, 900);
  const x = (L * 8) / 10e6;
  const withDisk = (sizeGB: number) =>
    evaluatePlan(
      plainPlan(10, [
        makeVm({ id: 'a', frequencySeconds: 900, profile: 'flat', disks: [makeDisk({ sizeGB, usedGB: sizeGB, churnGBPerDay: 10 })] }),
      ]),
    );

  it('peak pending log bytes lie between L and L(1 + x/T)', () => {
    const vm = vmResult(withDisk(500), 'a');
    expect(vm.peakPendingLogBytes).toBeGreaterThanOrEqual(L * 0.995);
    expect(vm.peakPendingLogBytes).toBeLessThanOrEqual(L * (1 + x / 900) * 1.005);
    expect(vm.resyncRequired).toBe(false);
  });

  it('0.2 GiB disk: 50 % = 107 374 182 B < L → resync required, Critical', () => {
    const result = withDisk(0.2);
    const vm = vmResult(result, 'a');
    expect(vm.resyncRequired).toBe(true);
    expect(vm.health).toBe('critical');
    expect(warningCodes(result)).toContain('resync-required');
  });

  it('0.25 GiB disk: 50 % = 134 217 728 B > L(1 + x/T) → no resync', () => {
    const result = withDisk(0.25);
    expect(vmResult(result, 'a').resyncRequired).toBe(false);
    expect(warningCodes(result)).not.toContain('resync-required');
  });
});

describe('extended hop: end-to-end lag = hop-1 worst + hop-2 worst', () => {
  // Case-1 VM (10 GiB/day flat, 900 s, no compression) on 10 Mbps; extended hop every 900 s on
  // its own 20 Mbps link at 100 %:
  //   hop 1: 900 + 894 784 853.3 bit / 10e6 = 989.48 s
  //   hop 2: 900 + 894 784 853.3 bit / 20e6 = 944.74 s
  //   end to end: 1 934.22 s
  const bits = logBytes(10, 900) * 8;
  const result = evaluatePlan(
    buildPlan({
      replication: { compression: false },
      link: { uplinkMbps: 10, efficiencyPercent: 100 },
      extended: { frequencySeconds: 900, recoveryPoints: 0, link: { uplinkMbps: 20, efficiencyPercent: 100 } },
      vms: [flatVm('a', 900)],
    }),
  );

  it('reports the extended hop', () => {
    expect(result.extended).not.toBeNull();
    expect(result.extended!.stable).toBe(true);
    expectRel(result.extended!.averageDemandMbps, (10 * GiB * 8) / SECONDS_PER_DAY / 1e6, 0.005, 'extended.averageDemandMbps');
    expectRel(result.extended!.effectiveCapacityMbps, 20, 0.005, 'extended.effectiveCapacityMbps');
  });

  it('end-to-end worst lag ≈ 989.48 + 944.74 = 1 934.22 s', () => {
    const expected = 900 + bits / 10e6 + 900 + bits / 20e6;
    expectRel(vmResult(result, 'a').extendedWorstRpoSeconds!, expected, 0.005, 'extendedWorstRpoSeconds');
    expectRel(result.extended!.worstRpoSeconds, expected, 0.005, 'extended.worstRpoSeconds');
  });

  it('the primary hop is unaffected: 989.48 s', () => {
    expectRel(vmResult(result, 'a').worstRpoSeconds, 900 + bits / 10e6, 0.005, 'worstRpoSeconds');
  });
});

describe('more uplink can lengthen the worst lag once cycles are missed (a property of the SPEC §5.3 model)', () => {
  // Found by the invariant property, minimised by hand: 2 copies, 30 s cycles, business-hours,
  // 183 GiB/day each, compression 0.3; the link has 5 % share at 13:00 and 0 % from 14:00 to
  // 17:00. Whether a log is still in flight when the share drops to 0 depends on the uplink, and
  // a log counts only once complete, so 20 % more uplink lengthens the worst lag here. An
  // independent exact event-driven re-implementation of SPEC §5.3 (equal share, FIFO, cut only
  // when idle) gives the same figures: 13 604 s at 134 Mbps and 14 000 s at 160.8 Mbps. Recorded so that the
  // invariant "more bandwidth never worsens RPO" is known to hold only while no cycle is missed.
  const hourlySharePercent = Array.from({ length: 24 }, (_, h) => (h === 13 ? 5 : h >= 14 && h < 17 ? 0 : 100));
  const planAt = (uplinkMbps: number) =>
    buildPlan({
      replication: { compression: true, compressionRatio: 0.3 },
      link: { uplinkMbps, efficiencyPercent: 100, hourlySharePercent },
      vms: [
        makeVm({
          id: 'g',
          count: 2,
          frequencySeconds: 30,
          profile: 'business-hours',
          disks: [makeDisk({ sizeGB: 1, usedGB: 0, churnGBPerDay: 183 })],
        }),
      ],
    });

  it('link outage — 134 Mbps: worst lag 13 604 s; 160.8 Mbps: 14 000 s (both stable)', () => {
    const [a, b] = [evaluatePlan(planAt(134)), evaluatePlan(planAt(160.8))];
    expect(a.stable && b.stable).toBe(true);
    expectRel(a.rpo.worstSeconds, 13_604, 0.005, 'worst lag at 134 Mbps');
    expectRel(b.rpo.worstSeconds, 14_000, 0.005, 'worst lag at 160.8 Mbps');
  });

  it('near saturation with a burst — 0.14551 Mbps: 38 562 s; 0.14661 Mbps: 39 392 s (both stable)', () => {
    // One overnight-batch VM, 30 s cycles, 0.146 GiB/day (mean 0.014517 Mbps), no compression,
    // share 20 % × efficiency 50 % → C = 0.1 × uplink, load ≈ 0.99. Found by the what-if
    // property. The exact re-implementation gives 38 213 s on day 7 at 0.14551 Mbps (days 1–7
    // range 36 814–38 562 s) and a two-day rhythm 36 324 / 39 393 s at 0.14661 Mbps. Peaks are
    // the worst of every simulated day (simulate.ts), so 38 562 s; the rhythm's worse day, 39 393 s.
    const at = (uplinkMbps: number) =>
      evaluatePlan(
        buildPlan({
          replication: { compression: false },
          link: { uplinkMbps, sharePercent: 20, efficiencyPercent: 50 },
          vms: [makeVm({ id: 'b', frequencySeconds: 30, profile: 'overnight-batch', disks: [makeDisk({ sizeGB: 1, usedGB: 0, churnGBPerDay: 0.146 })] })],
        }),
      );
    const [a, b] = [at(0.14551), at(0.14661)];
    expect(a.stable && b.stable).toBe(true);
    expectRel(a.rpo.worstSeconds, 38_562, 0.005, 'worst lag at 0.14551 Mbps');
    // The drawn (7th) day alone: the independent model's 38 213 s.
    expectRel(a.rpo.reportedDayWorstSeconds, 38_213, 0.005, 'worst lag of the reported day at 0.14551 Mbps');
    expectRel(b.rpo.worstSeconds, 39_392, 0.005, 'worst lag at 0.14661 Mbps');
  });

  it('FIFO slots — 3.6 % more uplink makes a second VM breach the window', () => {
    // 3 copies of a heavy overnight-batch VM + 1 business-hours VM, all 30 s cycles, M = 3,
    // compression 0.3, growth 10.328 %, share 55.669 %, efficiency 70.175 %, window 27.596 min
    // (1 655.76 s). With more uplink the heavy copies miss fewer cycles and cut more, smaller logs
    // that hold the three slots when vm2 needs one. Exact event-driven re-implementation:
    // vm2's worst cycle delay 1 655.7 s at 14.0302 Mbps (no breach) and 1 723.3 s at
    // 14.5368 Mbps (breach at 19 505.76 s = 05:25:05.76); vm1's worst copy 4 133.4 s and 3 248.5 s.
    const at = (uplinkMbps: number) =>
      evaluatePlan(
        buildPlan({
          replication: { compression: true, compressionRatio: 0.3, failureWindowMinutes: 27.596, maxActiveTransfers: 3, growthPercent: 10.328 },
          link: { uplinkMbps, sharePercent: 55.669, efficiencyPercent: 70.175 },
          vms: [
            makeVm({ id: 'vm1', count: 3, frequencySeconds: 30, profile: 'overnight-batch', disks: [makeDisk({ sizeGB: 1, usedGB: 0, churnGBPerDay: 21.702 })] }),
            makeVm({ id: 'vm2', frequencySeconds: 30, profile: 'business-hours', disks: [makeDisk({ sizeGB: 1, usedGB: 0, churnGBPerDay: 32.477 })] }),
          ],
        }),
      );
    const [a, b] = [at(14.030228892453364), at(14.536774584090722)];
    expectRel(vmResult(a, 'vm2').maxCycleDelaySeconds, 1655.7, 0.005, 'vm2 delay at 14.03 Mbps');
    expectRel(vmResult(b, 'vm2').maxCycleDelaySeconds, 1723.3, 0.005, 'vm2 delay at 14.54 Mbps');
    expectRel(vmResult(a, 'vm1').maxCycleDelaySeconds, 4133.4, 0.005, 'vm1 delay at 14.03 Mbps');
    expectRel(vmResult(b, 'vm1').maxCycleDelaySeconds, 3248.5, 0.005, 'vm1 delay at 14.54 Mbps');
    expect(vmResult(b, 'vm2').failureWindowBreach?.atSeconds).toBeCloseTo(19_505.76, 0);
    expect(b.failureWindow.vmsBreaching).toBe(a.failureWindow.vmsBreaching + 1);
  });
});
