/**
 * Hand-computed oracles for the cycle simulation (SPEC §5.2–5.3): per-cycle log size, transfer
 * time, worst/average RPO, missed cycles, failure-window breach, resync, per-stream caps, FIFO.
 * Arithmetic in comments; 1 Mbps = 10^6 bit/s; GiB = 2^30 B.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { buildPlan, expectRel, GiB, makeDisk, makeVm, SECONDS_PER_DAY, type VmInput } from '@/test/factories';
import { vmResult, warningCodes } from '@/test/result-helpers';

/** A flat VM writing `churnGiB` per day on one big replicated disk. */
function flatVm(id: string, frequencySeconds: 30 | 300 | 900, churnGiB = 10, more: Partial<VmInput> = {}): VmInput {
  return makeVm({
    id,
    frequencySeconds,
    profile: 'flat',
    disks: [makeDisk({ sizeGB: 500, usedGB: 100, churnGBPerDay: churnGiB })],
    ...more,
  });
}

/** No compression, 100 % efficiency: the wire equals the log and C equals the uplink. */
function plainPlan(uplinkMbps: number, vms: VmInput[], link: Record<string, unknown> = {}, replication: Record<string, unknown> = {}) {
  return buildPlan({
    replication: { compression: false, ...replication },
    link: { uplinkMbps, efficiencyPercent: 100, ...link },
    vms,
  });
}

/** Raw bytes of one T-second log of a flat VM writing `churnGiB` per day. */
const logBytes = (churnGiB: number, T: number) => (churnGiB * GiB * T) / SECONDS_PER_DAY;

describe('per-cycle log size', () => {
  it('24 GiB/day, 300 s, growth 50 %: 24 × 2^30 × 1.5 / 288 = 2^27 B = 128 MiB, raw (compression does not shrink the log)', () => {
    const plan = buildPlan({
      replication: { compression: true, compressionRatio: 0.7, growthPercent: 50 },
      link: { uplinkMbps: 20, efficiencyPercent: 94 },
      vms: [flatVm('a', 300, 24)],
    });
    const result = evaluatePlan(plan);
    expectRel(vmResult(result, 'a').largestLogBytes, 2 ** 27, 0.005, 'largestLogBytes');
    // Wire per log = 0.7 × 2^27 = 93 952 409.6 B = 751 619 276.8 bit; C = 20 × 0.94 = 18.8 Mbps
    // → transfer 39.980 s → worst RPO 300 + 39.98 = 339.98 s.
    expectRel(vmResult(result, 'a').worstRpoSeconds, 300 + (0.7 * 2 ** 27 * 8) / 18.8e6, 0.005, 'worstRpoSeconds');
  });
});

describe('worst RPO = T + transfer time of one log (healthy, lightly loaded)', () => {
  it.each([
    // T = 30 s: log = 10 × 2^30 × 30 / 86 400 = 3 728 270.2 B = 29 826 161.8 bit; at 2 Mbps → 14.913 s.
    { T: 30 as const, uplink: 2 },
    // T = 300 s: log = 37 282 701.9 B = 298 261 615.4 bit; at 10 Mbps → 29.826 s.
    { T: 300 as const, uplink: 10 },
    // T = 900 s: log = 111 848 106.7 B = 894 784 853.3 bit; at 5 Mbps → 178.957 s.
    { T: 900 as const, uplink: 5 },
  ])('T = $T s on $uplink Mbps', ({ T, uplink }) => {
    const transfer = (logBytes(10, T) * 8) / (uplink * 1e6);
    const result = evaluatePlan(plainPlan(uplink, [flatVm('a', T)]));
    const vm = vmResult(result, 'a');
    expectRel(vm.worstRpoSeconds, T + transfer, 0.005, 'worstRpoSeconds');
    // RPO is a saw-tooth from `transfer` (just after a delivery) to T + transfer: mean = transfer + T/2.
    expectRel(vm.averageRpoSeconds, transfer + T / 2, 0.005, 'averageRpoSeconds');
    expectRel(vm.maxCycleDelaySeconds, transfer, 0.01, 'maxCycleDelaySeconds');
    expect(vm.missedCycles).toBe(0);
    expect(vm.cycles).toBe(SECONDS_PER_DAY / T);
  });

  it('at 90 % load each 300 s log takes 270 s: no missed cycle, worst RPO 570 s ("nearly 10 minutes", ≤ 2T)', () => {
    // Uplink so that one log (298 261 615.4 bit) takes exactly 270 s: 1.104673 Mbps.
    const uplink = (logBytes(10, 300) * 8) / 270 / 1e6;
    const result = evaluatePlan(plainPlan(uplink, [flatVm('a', 300)]));
    const vm = vmResult(result, 'a');
    expect(result.stable).toBe(true);
    expect(vm.missedCycles).toBe(0);
    expectRel(vm.worstRpoSeconds, 570, 0.005, 'worstRpoSeconds');
    expect(vm.worstRpoSeconds).toBeLessThanOrEqual(600);
  });

  it('compression halves the transfer: ratio 0.5, 300 s, 2 Mbps at 94 % → 300 + 0.5 × 298 261 615.4 / 1.88e6 = 379.32 s', () => {
    const plan = buildPlan({
      replication: { compression: true, compressionRatio: 0.5 },
      link: { uplinkMbps: 2, efficiencyPercent: 94 },
      vms: [flatVm('a', 300)],
    });
    const vm = vmResult(evaluatePlan(plan), 'a');
    expectRel(vm.worstRpoSeconds, 300 + (0.5 * logBytes(10, 300) * 8) / 1.88e6, 0.005, 'worstRpoSeconds');
  });

  it('replica downlink below the uplink is the bottleneck: min(100, 5) Mbps → 300 + 298 261 615.4 / 5e6 = 359.65 s', () => {
    const vm = vmResult(evaluatePlan(plainPlan(100, [flatVm('a', 300)], { replicaDownlinkMbps: 5 })), 'a');
    expectRel(vm.worstRpoSeconds, 300 + (logBytes(10, 300) * 8) / 5e6, 0.005, 'worstRpoSeconds');
  });

  it('share 25 % of 40 Mbps = 10 Mbps → 300 + 29.83 = 329.83 s', () => {
    const vm = vmResult(evaluatePlan(plainPlan(40, [flatVm('a', 300)], { sharePercent: 25 })), 'a');
    expectRel(vm.worstRpoSeconds, 300 + (logBytes(10, 300) * 8) / 10e6, 0.005, 'worstRpoSeconds');
  });
});

describe('sharing the link', () => {
  it('two identical VMs, M = 1 (FIFO, plan order): vm1 lands after 29.83 s, vm2 waits and lands after 59.65 s', () => {
    // Each log 298 261 615.4 bit at 10 Mbps = 29.826 s; vm2 starts when vm1 is delivered.
    const x = (logBytes(10, 300) * 8) / 10e6;
    const result = evaluatePlan(plainPlan(10, [flatVm('vm1', 300), flatVm('vm2', 300)], {}, { maxActiveTransfers: 1 }));
    expectRel(vmResult(result, 'vm1').worstRpoSeconds, 300 + x, 0.005, 'vm1 worstRpoSeconds');
    expectRel(vmResult(result, 'vm2').worstRpoSeconds, 300 + 2 * x, 0.005, 'vm2 worstRpoSeconds');
    expect(result.rpo.worstVmId).toBe('vm2');
  });

  it('two identical VMs, M = 6: they share 10 Mbps equally and both land after 59.65 s', () => {
    const x = (logBytes(10, 300) * 8) / 10e6;
    const result = evaluatePlan(plainPlan(10, [flatVm('vm1', 300), flatVm('vm2', 300)]));
    expectRel(vmResult(result, 'vm1').worstRpoSeconds, 300 + 2 * x, 0.005, 'vm1 worstRpoSeconds');
    expectRel(vmResult(result, 'vm2').worstRpoSeconds, 300 + 2 * x, 0.005, 'vm2 worstRpoSeconds');
  });

  it('a group of 2 behaves like the two separate VMs above', () => {
    const x = (logBytes(10, 300) * 8) / 10e6;
    const result = evaluatePlan(plainPlan(10, [flatVm('g', 300, 10, { count: 2 })], {}, { maxActiveTransfers: 1 }));
    // Worst copy is the second in the queue.
    expectRel(vmResult(result, 'g').worstRpoSeconds, 300 + 2 * x, 0.005, 'group worstRpoSeconds');
    expectRel(result.bandwidth.averageDemandMbps, (2 * 10 * GiB * 8) / SECONDS_PER_DAY / 1e6, 0.005, 'averageDemandMbps');
  });
});

describe('per-stream cap s = min(perStreamMbps, window ÷ RTT)', () => {
  // 64 KiB × 1024 × 8 bit / 0.050 s = 10 485 760 bit/s = 10.48576 Mbps.
  const S = (64 * 1024 * 8) / 0.05 / 1e6;
  const window = { tcpWindowKiB: 64, rttMs: 50 };

  it('caps a lone VM on a 100 Mbps link: transfer = 298 261 615.4 bit / 10.48576e6 = 28.44 s → worst RPO 328.44 s', () => {
    const result = evaluatePlan(plainPlan(100, [flatVm('a', 300)], window));
    expectRel(result.bandwidth.perStreamCapMbps!, S, 0.005, 'perStreamCapMbps');
    expectRel(vmResult(result, 'a').worstRpoSeconds, 300 + (logBytes(10, 300) * 8) / (S * 1e6), 0.005, 'worstRpoSeconds');
    expect(warningCodes(result)).toContain('per-stream-cap-limiting');
  });

  it('without a window the same VM takes 2.98 s and nothing is capped', () => {
    const result = evaluatePlan(plainPlan(100, [flatVm('a', 300)]));
    expect(result.bandwidth.perStreamCapMbps).toBeNull();
    expectRel(vmResult(result, 'a').worstRpoSeconds, 300 + (logBytes(10, 300) * 8) / 100e6, 0.005, 'worstRpoSeconds');
    expect(warningCodes(result)).not.toContain('per-stream-cap-limiting');
  });

  it('perStreamMbps below window ÷ RTT wins: s = min(5, 10.49) = 5 → 300 + 59.65 s', () => {
    const result = evaluatePlan(plainPlan(100, [flatVm('a', 300)], { ...window, perStreamMbps: 5 }));
    expectRel(result.bandwidth.perStreamCapMbps!, 5, 0.005, 'perStreamCapMbps');
    expectRel(vmResult(result, 'a').worstRpoSeconds, 300 + (logBytes(10, 300) * 8) / 5e6, 0.005, 'worstRpoSeconds');
  });

  it('two VMs on 15 Mbps: each gets min(s, C/2) = min(10.49, 7.5) = 7.5 Mbps → 300 + 39.77 s', () => {
    const result = evaluatePlan(plainPlan(15, [flatVm('vm1', 300), flatVm('vm2', 300)], window));
    expectRel(result.rpo.worstSeconds, 300 + (logBytes(10, 300) * 8) / 7.5e6, 0.005, 'rpo.worstSeconds');
  });

  it.each([
    // ⌈100 / 10.48576⌉ = ⌈9.537⌉ = 10
    { label: '100 Mbps, 100 %', link: { ...window }, uplink: 100, eff: 100, expected: 10 },
    // C = 100 × 0.94 = 94 → ⌈94 / 10.48576⌉ = ⌈8.965⌉ = 9
    { label: '100 Mbps at 94 %', link: { ...window }, uplink: 100, eff: 94, expected: 9 },
    // C = min(100, 50) = 50 → ⌈4.768⌉ = 5
    { label: 'downlink 50', link: { ...window, replicaDownlinkMbps: 50 }, uplink: 100, eff: 100, expected: 5 },
    // C = 100 × 50 % = 50 → 5
    { label: 'share 50 %', link: { ...window, sharePercent: 50 }, uplink: 100, eff: 100, expected: 5 },
    // s = 7 → ⌈100 / 7⌉ = ⌈14.29⌉ = 15
    { label: 'perStream 7', link: { perStreamMbps: 7 }, uplink: 100, eff: 100, expected: 15 },
  ])('recommended MaximumActiveTransfers = ⌈C / s⌉: $label → $expected', ({ link, uplink, eff, expected }) => {
    const result = evaluatePlan(plainPlan(uplink, [flatVm('a', 300)], { ...link, efficiencyPercent: eff }));
    expect(result.bandwidth.recommendedMaxActiveTransfers).toBe(expected);
  });

  it('no recommendation without a known per-stream cap', () => {
    expect(evaluatePlan(plainPlan(100, [flatVm('a', 300)])).bandwidth.recommendedMaxActiveTransfers).toBeNull();
  });

  it('recommends raising MaximumActiveTransfers when ⌈C / s⌉ = ⌈1000 / 10⌉ = 100 > 6', () => {
    const result = evaluatePlan(plainPlan(1000, [flatVm('a', 300)], { perStreamMbps: 10 }));
    expect(result.bandwidth.recommendedMaxActiveTransfers).toBe(100);
    expect(result.bandwidth.maxActiveTransfers).toBe(6);
    expect(warningCodes(result)).toContain('raise-max-active-transfers');
  });
});

describe('missed cycles: a single log that outlasts its interval', () => {
  // Reasoning: a flat VM whose T-second log takes 1.5 T to send has demand = 1.5 × capacity, so it
  // can never settle into "every other boundary missed": the log cut after a miss holds 2T of
  // writes and takes 3T, the next holds 3T and takes 4.5T, … (A_{k+1} = ⌈1.5 A_k⌉ cycles), the
  // plan is unstable and misses grow towards every boundary. What is certain on any day: every
  // cut is followed by at least one missed boundary (its transfer lasts > T), so
  // cuts ≤ missed + 1 and missed ≥ (cycles − 1) / 2.
  const uplink = (logBytes(10, 300) * 8) / 450 / 1e6; // 0.662803 Mbps: one 300 s log takes 450 s
  const result = evaluatePlan(plainPlan(uplink, [flatVm('a', 300)]));
  const vm = vmResult(result, 'a');

  it('misses at least half the boundaries (288 per day) and is unstable', () => {
    expect(vm.cycles).toBe(288);
    expect(vm.missedCycles).toBeGreaterThanOrEqual((vm.cycles - 1) / 2);
    expect(result.stable).toBe(false);
    expect(result.cycles.onTimePercent).toBeLessThanOrEqual(50.5);
  });

  it('warns that the log cannot fit its interval even alone on the link', () => {
    expect(warningCodes(result)).toEqual(expect.arrayContaining(['log-exceeds-interval', 'plan-unstable']));
  });
});

describe('required uplinks, found by search (1 % precision, SPEC §5.4)', () => {
  // One flat 10 GiB/day VM, 300 s, no compression. Demand 0.994205 Mbps.
  const demand = (10 * GiB * 8) / SECONDS_PER_DAY / 1e6;

  it('stable ≈ noMissedCycles ≈ withinFailureWindow ≈ demand; a 7.5-min target needs transfer ≤ 150 s → 1.9884 Mbps', () => {
    // Target 450 s = T + x → x ≤ 150 s → C ≥ 298 261 615.4 bit / 150 s = 1.98841 Mbps.
    const result = evaluatePlan(plainPlan(50, [flatVm('a', 300)], {}, { targetRpoMinutes: 7.5 }));
    const req = result.bandwidth.requiredUplinkMbps;
    expectRel(req.stable!, demand, 0.01, 'stable');
    // Any load below 1 lands each log within its interval; 2 % covers the search step.
    expectRel(req.noMissedCycles!, demand, 0.02, 'noMissedCycles');
    expectRel(req.withinFailureWindow!, demand, 0.02, 'withinFailureWindow');
    expectRel(req.targetRpo!, (logBytes(10, 300) * 8) / 150 / 1e6, 0.01, 'targetRpo');
  });

  it('at 50 % efficiency every requirement doubles (they are line rates)', () => {
    const result = evaluatePlan(plainPlan(50, [flatVm('a', 300)], { efficiencyPercent: 50 }, { targetRpoMinutes: 7.5 }));
    const req = result.bandwidth.requiredUplinkMbps;
    expectRel(req.stable!, 2 * demand, 0.01, 'stable');
    expectRel(req.targetRpo!, (2 * logBytes(10, 300) * 8) / 150 / 1e6, 0.01, 'targetRpo');
  });

  it('targetRpo is null without a target, and a missed target is warned', () => {
    expect(evaluatePlan(plainPlan(10, [flatVm('a', 300)])).bandwidth.requiredUplinkMbps.targetRpo).toBeNull();
    // Worst RPO 329.8 s > 5 min target.
    const missed = evaluatePlan(plainPlan(10, [flatVm('a', 300)], {}, { targetRpoMinutes: 5 }));
    expect(warningCodes(missed)).toContain('target-rpo-missed');
    const met = evaluatePlan(plainPlan(10, [flatVm('a', 300)], {}, { targetRpoMinutes: 6 }));
    expect(warningCodes(met)).not.toContain('target-rpo-missed');
  });
});

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

  it('near saturation with a burst — 0.14551 Mbps: 38 212 s; 0.14661 Mbps: 39 392 s (both stable)', () => {
    // One overnight-batch VM, 30 s cycles, 0.146 GiB/day (mean 0.014517 Mbps), no compression,
    // share 20 % × efficiency 50 % → C = 0.1 × uplink, load ≈ 0.99. Found by the what-if
    // property. The exact re-implementation gives 38 213 s on day 7 at 0.14551 Mbps (days 1–7
    // range 36 814–38 562 s) and a two-day rhythm 36 324 / 39 393 s at 0.14661 Mbps.
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
    expectRel(a.rpo.worstSeconds, 38_212, 0.005, 'worst lag at 0.14551 Mbps');
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
