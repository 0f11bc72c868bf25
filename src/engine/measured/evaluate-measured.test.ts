import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan, expectRel, GiB, makeVm } from '@/test/factories';
import { evaluatePlan } from '../evaluate';
import { evaluateMeasured } from './evaluate-measured';
import type { MeasuredInput } from './types';

/** SPEC §7 case 1 conditions: compression off, efficiency 100 %, 10 Mbps. */
const case1Plan = (overrides: { uplinkMbps?: number; failureWindowMinutes?: number; growthPercent?: number } = {}) =>
  buildPlan({
    replication: { compression: false, failureWindowMinutes: overrides.failureWindowMinutes ?? 30, growthPercent: overrides.growthPercent ?? 0 },
    link: { uplinkMbps: overrides.uplinkMbps ?? 10, efficiencyPercent: 100 },
    vms: [makeVm({ frequencySeconds: 900, disks: [{ name: 'D', sizeGB: 100, usedGB: 50, churnGBPerDay: 10 }] })],
  });

const flatDay = (bytesPerDay: number, frequencySeconds: number, targetRpoSeconds: number, slots = 1440): MeasuredInput => ({
  stepSeconds: 60,
  startSecondOfDay: 0,
  targetRpoSeconds,
  vms: [{ id: 'vm1', name: 'VM1', frequencySeconds, bytesPerSecond: new Array(slots).fill(bytesPerDay / 86_400) }],
});

// One VM writing 10 GiB/day evenly, 15-minute cycles, 10 Mbps, no compression, 100 % efficiency:
// a log = 10 × 2^30 / 96 = 111 848 106.7 B; it takes 111 848 106.7 × 8 / 10^7 = 89.48 s on the wire.
const LOG_BYTES = (10 * GiB) / 96;
const TRANSFER_SECONDS = (LOG_BYTES * 8) / 1e7;

describe('evaluateMeasured: a flat measured day equals the modelled day', () => {
  it('has the worst RPO of SPEC §7 case 1: 900 + 89.48 = 989.48 s, like evaluatePlan', () => {
    const r = evaluateMeasured(case1Plan(), flatDay(10 * GiB, 900, 900));
    expectRel(r.current.worstRpoSeconds, 900 + TRANSFER_SECONDS, 0.001, 'worst RPO');
    expectRel(r.current.worstRpoSeconds, evaluatePlan(case1Plan()).rpo.worstSeconds, 0.001, 'same as the modelled day');
    expectRel(r.averageDemandMbps, 0.994, 0.005, 'average demand (SPEC case 1)');
    expect(r.current.breaches).toBe(0);
    expect(r.vms[0]).toMatchObject({ missedCycles: 0, cycles: 95 }); // boundaries at 900 … 85 500 s inside the day
  });

  it('counts slots over the target by hand: 2 of every 15 one-minute slots from the second cycle on', () => {
    // Per 900 s cycle after the first, slot peaks are: [0,60] ends at RPO 960 (previous cut 900 s
    // earlier), [60,120] holds the delivery at 89.48 s → 989.48, then 120, 180, …, 900 s.
    // Target 900 s: 2 slots over in each of cycles 2…96 → 190 of 1440 slots; met 1250/1440 = 86.81 %.
    const r = evaluateMeasured(case1Plan(), flatDay(10 * GiB, 900, 900));
    expect(r.current.metPercent).toBeCloseTo((100 * 1250) / 1440, 9);
    expect(r.current.violations).toBe(95); // one 2-slot run per cycle
    expect(r.current.violationSeconds).toBe(95 * 120);
    expect(r.current.longestViolationSeconds).toBe(120);
    expect(r.violations[0]).toMatchObject({ startSeconds: 900, durationSeconds: 120, vmId: 'vm1' });
    expectRel(r.violations[0]!.peakRpoSeconds, 989.48, 0.001);
    expect(r.days).toHaveLength(1);
    expect(r.days[0]).toMatchObject({ violations: 95, violationSeconds: 11_400, breaches: 0 });
  });

  it('finds the uplink for the target 100 % and 90 % of the time, as computed by hand', () => {
    // Target 1000 s in every slot: 900 + τ ≤ 1000 → τ ≤ 100 s → U ≥ 111 848 106.7 × 8 / 100 = 8.948 Mbps.
    const all = evaluateMeasured(case1Plan(), flatDay(10 * GiB, 900, 1000));
    expectRel(all.requiredUplinkMbps.met100!, (LOG_BYTES * 8) / 100 / 1e6, 0.011, 'met 100 %');
    // Target 900 s: the first slot of each cycle is always over (900 + τ > 900), so 100 % is out of
    // reach. 90 % allows ⌊0.1 × 1440⌋ = 144 slots over: 95 if the delivery lands in the cycle's
    // first minute (τ ≤ 60 s), 190 otherwise → U ≥ 111 848 106.7 × 8 / 60 = 14.913 Mbps.
    const ninety = evaluateMeasured(case1Plan(), flatDay(10 * GiB, 900, 900));
    expect(ninety.requiredUplinkMbps.met100).toBeNull();
    expect(ninety.unreachable).toEqual({ met100: 'cycle', met90: null });
    expectRel(ninety.requiredUplinkMbps.met90!, (LOG_BYTES * 8) / 60 / 1e6, 0.011, 'met 90 %');
  });
});

describe('evaluateMeasured: a burst that breaks the failure window', () => {
  // 5-minute cycles, window 10 min, 1 Mbps = 125 000 B/s. Writes of 375 000 B/s for the first five
  // minutes make a 112.5 MB log cut at 300 s that takes 900 s: delivered at 1200 s. The boundaries
  // at 600 and 900 s are missed; the data before 300 s lands 900 s late, breaching the window at
  // 300 + 600 = 900 s. Worst lag just before delivery: 1200 − 0 = 1200 s.
  const burst = (): MeasuredInput => ({
    stepSeconds: 60,
    startSecondOfDay: 0,
    targetRpoSeconds: 900,
    vms: [{ id: 'app', name: 'APP01', frequencySeconds: 300, bytesPerSecond: Array.from({ length: 60 }, (_, k) => (k < 5 ? 375_000 : 0)) }],
  });
  const plan = (growthPercent = 0) =>
    buildPlan({
      replication: { compression: false, failureWindowMinutes: 10, growthPercent },
      link: { uplinkMbps: 1, efficiencyPercent: 100 },
      vms: [makeVm({ id: 'app' })],
    });

  it('records one breach episode with its start and delay, the missed cycles and the worst lag', () => {
    const r = evaluateMeasured(plan(), burst());
    expect(r.breaches).toEqual([{ vmId: 'app', atSeconds: 900, delaySeconds: 900 }]);
    expect(r.vms[0]).toMatchObject({ missedCycles: 2, cycles: 11, breaches: 1 });
    expectRel(r.current.worstRpoSeconds, 1200, 1e-9);
    expect(r.current.worstRpoAtSeconds).toBeCloseTo(1200, 6);
    expect(r.busiest).toMatchObject({ atSeconds: 0, vmId: 'app', vmSharePercent: 100 });
    expect(r.busiest.demandMbps).toBeCloseTo(3, 9); // 375 000 B/s × 8 = 3 Mbps
  });

  it('applies the plan growth to the measured writes: +100 % doubles the transfer to 1800 s', () => {
    const r = evaluateMeasured(plan(100), burst());
    expect(r.breaches[0]).toEqual({ vmId: 'app', atSeconds: 900, delaySeconds: 1800 });
    expectRel(r.current.worstRpoSeconds, 2100, 1e-9);
  });
});

describe('evaluateMeasured: per-day peak RPO, violations and breaches, by hand', () => {
  it('puts a burst on the second day into that day only', () => {
    // Two days of 60-s slots from midnight, 5-minute cycles, window 10 min, 1 Mbps = 125 000 B/s,
    // target 15 min. Day 0 writes nothing: every cut is empty and delivered at once, so the lag
    // peaks at 300 s just before each boundary. Day 1 writes 375 000 B/s from 86 400 to 86 700 s:
    // the log cut at 86 700 s (112.5 MB) takes 900 s and lands at 87 600 s; the cuts due at 87 000
    // and 87 300 s are missed. Lag before it: 87 600 − 86 400 (last data delivered) = 1200 s.
    // Over 900 s in the slots ending 87 360 … 87 600 s (960 … 1200 s): one violation of 5 slots.
    // Data of the cycle due at 86 700 s lands 900 s late: breach at 86 700 + 600 = 87 300 s.
    const input: MeasuredInput = {
      stepSeconds: 60,
      startSecondOfDay: 0,
      targetRpoSeconds: 900,
      vms: [{ id: 'app', name: 'APP01', frequencySeconds: 300, bytesPerSecond: Array.from({ length: 2880 }, (_, k) => (k >= 1440 && k < 1445 ? 375_000 : 0)) }],
    };
    const plan = buildPlan({ replication: { compression: false, failureWindowMinutes: 10, growthPercent: 0 }, link: { uplinkMbps: 1, efficiencyPercent: 100 }, vms: [makeVm({ id: 'app' })] });
    const r = evaluateMeasured(plan, input);
    expect(r.days.map((d) => [d.startSeconds, d.endSeconds, d.violations, d.violationSeconds, d.breaches])).toEqual([
      [0, 86_400, 0, 0, 0],
      [86_400, 172_800, 1, 300, 1],
    ]);
    expectRel(r.days[0]!.peakRpoSeconds, 300, 1e-9, 'day 0 peak');
    expectRel(r.days[1]!.peakRpoSeconds, 1200, 1e-9, 'day 1 peak');
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]).toMatchObject({ startSeconds: 87_300, durationSeconds: 300, vmId: 'app' });
    expect(r.breaches).toEqual([{ vmId: 'app', atSeconds: 87_300, delaySeconds: 900 }]);
    expect(r.current.metPercent).toBeCloseTo((100 * 2875) / 2880, 9);
  });
});

describe('evaluateMeasured: a violation running past midnight', () => {
  it('is under way on both days, its time split between them', () => {
    // Two days of 60-s slots, 5-minute cycles, 1 Mbps = 125 000 B/s, window 60 min, target 10 min.
    // 23:30–23:40 on day 0 writes 375 000 B/s: the log cut at 23:35 (112.5 MB) takes 900 s, arrives
    // 23:50; the one cut at 23:50 (23:35–23:40: 112.5 MB) arrives at 00:05. Lag > 600 s from 23:40
    // (slot ending 23:41 holds 660 s) until the 00:05 delivery: slots 23:40–23:59 (20) on day 0 and
    // 00:00–00:05 (6: the delivery at 00:05 is noted in the slot that begins then) on day 1.
    const input: MeasuredInput = {
      stepSeconds: 60,
      startSecondOfDay: 0,
      targetRpoSeconds: 600,
      vms: [{ id: 'app', name: 'APP01', frequencySeconds: 300, bytesPerSecond: Array.from({ length: 2880 }, (_, k) => (k >= 1410 && k < 1420 ? 375_000 : 0)) }],
    };
    const plan = buildPlan({ replication: { compression: false, failureWindowMinutes: 60, growthPercent: 0 }, link: { uplinkMbps: 1, efficiencyPercent: 100 }, vms: [makeVm({ id: 'app' })] });
    const r = evaluateMeasured(plan, input);
    expect(r.current.violations).toBe(1);
    const [day0, day1] = r.days;
    expect([day0!.violations, day1!.violations]).toEqual([1, 1]);
    expect(day0!.violationSeconds + day1!.violationSeconds).toBe(r.current.violationSeconds);
    expect([day0!.violationSeconds, day1!.violationSeconds]).toEqual([20 * 60, 6 * 60]);
  });
});

describe('evaluateMeasured: out of reach', () => {
  it('says when the replica downlink caps the link below the demand', () => {
    // 10 GiB/day = 0.994 Mbps of demand; a 0.5 Mbps replica downlink caps every uplink.
    const plan = buildPlan({
      replication: { compression: false },
      link: { uplinkMbps: 10, efficiencyPercent: 100, replicaDownlinkMbps: 0.5 },
      vms: [makeVm({ frequencySeconds: 300 })],
    });
    const r = evaluateMeasured(plan, flatDay(10 * GiB, 300, 900));
    expect(r.requiredUplinkMbps).toEqual({ met100: null, met90: null });
    expect(r.unreachable).toEqual({ met100: 'ceiling', met90: 'ceiling' });
  });
});

describe('evaluateMeasured: days and invariants', () => {
  it('splits the period into local calendar days', () => {
    // Starts 22:00, four hours of samples: 2 h on the first day, 2 h on the next.
    const input = { ...flatDay(GiB, 300, 900, 240), startSecondOfDay: 22 * 3600 };
    const r = evaluateMeasured(case1Plan(), input);
    expect(r.days.map((d) => [d.index, d.startSeconds, d.endSeconds])).toEqual([
      [0, 0, 7200],
      [1, 7200, 14_400],
    ]);
  });

  it('more uplink never worsens the worst RPO or the share of time met; no NaN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 5e6, noNaN: true }), { minLength: 30, maxLength: 120 }),
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        fc.constantFrom(30, 300, 900),
        (rates, uplink, frequencySeconds) => {
          const input: MeasuredInput = { stepSeconds: 60, startSecondOfDay: 3600, targetRpoSeconds: 600, vms: [{ id: 'a', name: 'A', frequencySeconds, bytesPerSecond: rates }] };
          const slow = evaluateMeasured(case1Plan({ uplinkMbps: uplink }), input);
          const fast = evaluateMeasured(case1Plan({ uplinkMbps: uplink * 2 }), input);
          expect(fast.current.worstRpoSeconds).toBeLessThanOrEqual(slow.current.worstRpoSeconds + 1e-6);
          expect(fast.current.metPercent).toBeGreaterThanOrEqual(slow.current.metPercent - 1e-9);
          for (const v of [slow.current.worstRpoSeconds, slow.averageDemandMbps, slow.current.metPercent]) expect(Number.isFinite(v)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
