/**
 * Hand-computed oracles for the cycle simulation (SPEC §5.2–5.3): per-cycle log size, transfer
 * time, worst/average RPO, link sharing and FIFO, per-stream caps, missed cycles, required uplinks.
 * Arithmetic in comments; 1 Mbps = 10^6 bit/s; GiB = 2^30 B.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { flatVm, logBytes, plainPlan } from '@/test/cycle-plans';
import { buildPlan, expectRel, GiB, SECONDS_PER_DAY } from '@/test/factories';
import { vmResult, warningCodes } from '@/test/result-helpers';

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
