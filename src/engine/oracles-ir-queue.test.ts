/**
 * Initial replication as a work-conserving queue (SPEC §5.6 revised, §7 case 6): hand-computed
 * oracles for K = 1, K = 2, a small VM behind a big one, offline catch-ups that free capacity for
 * the big VM, the offline advice followed, and properties over random plans.
 * GiB = 2^30 B; 1 Mbps = 10^6 bit/s = 125 000 B/s.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import type { Plan } from '@/plan';
import { buildPlan, expectRel, GiB, makeDisk, makeVm, SECONDS_PER_DAY } from '@/test/factories';
import { irVm } from '@/test/result-helpers';
import { initialReplication, irSettings } from './initial-replication';
import { runTimeline, type IrLink } from './ir-timeline';
import { buildVmModel, capacityByHourMbps, resolvedMaxActiveTransfers, wireRatio } from './model';

/** The engine's IR on its own (no cycle simulation): what evaluatePlan passes, without stream caps. */
function irOf(plan: Plan) {
  const vms = plan.vms.map((vm, i) => buildVmModel(plan, vm, i));
  const link: IrLink = {
    capacityByHourBytesPerSecond: capacityByHourMbps(plan.link).map((m) => m * 125_000),
    streamCapBytesPerSecond: Infinity,
    maxActiveTransfers: resolvedMaxActiveTransfers(plan),
    deltaWireRatio: wireRatio(plan),
  };
  return { vms, link, result: initialReplication(plan, vms, link) };
}

const noChurnPlan = (concurrentVms: number, usedGiB: number[], order: 'plan' | 'smallest-first' = 'plan') =>
  buildPlan({
    replication: { compression: false },
    link: { uplinkMbps: 100, efficiencyPercent: 100 },
    initialReplication: { method: 'network', concurrentVms, order },
    vms: usedGiB.map((used, k) => makeVm({ id: `v${k}`, name: `V${k}`, disks: [makeDisk({ sizeGB: 2 * used, usedGB: used, churnGBPerDay: 0 })] })),
  });

describe('SPEC §7 case 6: 100 GiB and 300 GiB, no churn, compression off, 100 Mbps', () => {
  // 100 GiB at 100 Mbps: 100 × 2^30 × 8 / 10^8 = 8 589.934592 s; 300 GiB: 25 769.803776 s.
  const small = (100 * GiB * 8) / 1e8;
  const big = (300 * GiB * 8) / 1e8;

  it('K = 1: the big copy starts the moment the small one ends → 8 590 + 25 770 = 34 360 s', () => {
    const r = evaluatePlan(noChurnPlan(1, [100, 300]));
    expectRel(irVm(r, 'v0').completeSeconds!, small, 1e-9, 'small');
    expectRel(irVm(r, 'v1').startSeconds, small, 1e-9, 'big starts');
    expectRel(r.initialReplication.totalSeconds!, small + big, 1e-9, 'total');
  });

  it('K = 2: both at 50 Mbps, the small ends at 17 180 s, the big has 200 GiB left at 100 Mbps → also 34 360 s', () => {
    const r = evaluatePlan(noChurnPlan(2, [100, 300]));
    expectRel(irVm(r, 'v0').completeSeconds!, 2 * small, 1e-9, 'small');
    expectRel(irVm(r, 'v1').startSeconds + 0, 0, 0, 'big starts at once');
    expectRel(r.initialReplication.totalSeconds!, small + big, 1e-9, 'total');
  });

  it('the timeline is contiguous: copy then catch-up, no idle gap, one figure per VM', () => {
    const r = evaluatePlan(noChurnPlan(1, [100, 300]));
    const vm = irVm(r, 'v1');
    expect(vm.phases.map((p) => p.kind)).toEqual(['copy', 'catch-up']);
    expect(vm.phases[0]!.startSeconds).toBe(vm.startSeconds);
    expect(vm.phases[0]!.endSeconds).toBe(vm.copyEndSeconds);
    expect(vm.phases[1]!.endSeconds).toBe(vm.completeSeconds);
    expect(vm.durationSeconds).toBeCloseTo(vm.copyEndSeconds! - vm.startSeconds, 6);
  });
});

describe('a small VM behind a big one (K = 1, no churn, 100 Mbps)', () => {
  // 300 GiB: 25 769.8 s; 10 GiB: 10 × 2^30 × 8 / 10^8 = 858.99 s.
  const big = (300 * GiB * 8) / 1e8;
  const small = (10 * GiB * 8) / 1e8;

  it('plan order: the small VM waits for the big one and is protected at 25 769.8 + 859.0 = 26 628.8 s', () => {
    const r = evaluatePlan(noChurnPlan(1, [300, 10]));
    expectRel(irVm(r, 'v1').completeSeconds!, big + small, 1e-9, 'small');
  });

  it('smallest first: the small VM is protected after 859 s, the plan still after 26 628.8 s', () => {
    const r = evaluatePlan(noChurnPlan(1, [300, 10], 'smallest-first'));
    expectRel(irVm(r, 'v1').completeSeconds!, small, 1e-9, 'small');
    expectRel(irVm(r, 'v0').startSeconds, small, 1e-9, 'big starts after it');
    expectRel(r.initialReplication.totalSeconds!, big + small, 1e-9, 'total');
  });
});

describe('offline catch-ups: the small VMs finish first and free the link for the big one', () => {
  // 10 Mbps = 1 250 000 B/s, compression off, efficiency 100 %, media 1 000 MB/s, shipping 1 day.
  //   BIG: 100 GiB used, 40 GiB/day → r = 40 × 2^30 / 86 400 = 497 102.2 B/s (3.98 Mbps)
  //   S1, S2: 1 GiB used, 1 GiB/day → r = 12 427.6 B/s
  // Exports one after another: BIG 0 → 107.37 s, S1 → 108.45 s, S2 → 109.52 s; one shipment
  // arrives at 86 509.52 s; imports: BIG → 86 616.90 s, S1 → 86 617.97 s, S2 → 86 619.04 s.
  // Catch-ups (the 2 s between the imports change the figures below by < 0.01 %):
  //   three share 1 250 000 → 416 666.7 B/s each. BIG's is below its own writes (497 102.2): its
  //   backlog grows by 80 435.5 B/s "for now" — the old model said "never completes" here.
  //   S1/S2 backlog = 1 GiB × (86 617.97 − 107.37) / 86 400 = 1 075 067 B … net 404 239.1 B/s
  //   → done after ≈ 2 659.5 s.
  //   Then BIG alone: 1 250 000 − 2 × 12 427.6 = 1 225 144.8 B/s, net 728 042.6 B/s; backlog
  //   40 GiB × 86 616.9 / 86 400 + 80 435.5 × 2 659.5 = 43 058 … + 213 918 … B → ≈ 59 437 s.
  //   BIG protected at ≈ 86 619 + 2 659.5 + 59 437 ≈ 148 716 s.
  const r = 1_250_000;
  const rBig = (40 * GiB) / SECONDS_PER_DAY;
  const rSmall = GiB / SECONDS_PER_DAY;
  const t0 = (100 * GiB + 2 * GiB) / 1e9 + SECONDS_PER_DAY + (100 * GiB + 2 * GiB) / 1e9; // last import ends
  const smallBacklog = rSmall * (t0 - (100 * GiB) / 1e9);
  const smallDone = smallBacklog / (r / 3 - rSmall);
  const bigBacklog = rBig * t0 + (rBig - r / 3) * smallDone;
  const bigDone = bigBacklog / (r - 2 * rSmall - rBig);
  const plan = buildPlan({
    replication: { compression: false },
    link: { uplinkMbps: 10, efficiencyPercent: 100 },
    initialReplication: { method: 'offline', offlineShippingDays: 1, mediaWriteMBps: 1000 },
    vms: [
      makeVm({ id: 'big', disks: [makeDisk({ sizeGB: 200, usedGB: 100, churnGBPerDay: 40 })] }),
      makeVm({ id: 's1', disks: [makeDisk({ sizeGB: 2, usedGB: 1, churnGBPerDay: 1 })] }),
      makeVm({ id: 's2', disks: [makeDisk({ sizeGB: 2, usedGB: 1, churnGBPerDay: 1 })] }),
    ],
  });
  const res = irOf(plan).result;

  it('the small VMs catch up after ≈ 2 660 s', () => {
    const s1 = res.vms.find((v) => v.id === 's1')!;
    expectRel(s1.completeSeconds! - t0, smallDone, 0.005, 's1 catch-up');
  });

  it('the big VM is protected at ≈ 148 716 s, not "never"', () => {
    expect(res.totalSeconds).not.toBeNull();
    expectRel(res.totalSeconds!, t0 + smallDone + bigDone, 0.005, 'total');
    expectRel(t0 + smallDone + bigDone, 148_716, 0.001, 'hand figure');
  });

  it('offline phases: export, shipping, import, catch-up — contiguous', () => {
    const big = res.vms.find((v) => v.id === 'big')!;
    expect(big.phases.map((p) => p.kind)).toEqual(['export', 'shipping', 'import', 'catch-up']);
    for (let k = 1; k < big.phases.length; k++) expect(big.phases[k]!.startSeconds).toBeCloseTo(big.phases[k - 1]!.endSeconds!, 6);
  });
});

describe('a catch-up is "never" only when the whole system cannot progress', () => {
  it('two VMs whose churn together exceeds the link: the one that can finish does, the other never', () => {
    // 1 Mbps = 125 000 B/s. A: 4 GiB/day = 49 710 B/s; B: 8 GiB/day = 99 420 B/s. Σ > 125 000.
    // Both copy 1 GiB at once, then catch up at 62 500 B/s each: A drains, B's backlog grows;
    // once A is protected B gets 125 000 − 49 710 = 75 290 < 99 420: B never catches up.
    const plan = buildPlan({
      replication: { compression: false },
      link: { uplinkMbps: 1, efficiencyPercent: 100 },
      initialReplication: { concurrentVms: 2 },
      vms: [
        makeVm({ id: 'a', disks: [makeDisk({ sizeGB: 20, usedGB: 1, churnGBPerDay: 4 })] }),
        makeVm({ id: 'b', disks: [makeDisk({ sizeGB: 20, usedGB: 1, churnGBPerDay: 8 })] }),
      ],
    });
    const res = irOf(plan).result;
    expect(res.vms[0]!.completeSeconds).not.toBeNull();
    expect(res.vms[1]!.completeSeconds).toBeNull();
    expect(res.totalSeconds).toBeNull();
  });
});

describe('following the offline advice gives exactly what the advice said', () => {
  // The datacenter-like case: a big VM on a thin link; shipping it is recommended.
  const plan = buildPlan({
    link: { uplinkMbps: 20 },
    initialReplication: { method: 'network', offlineShippingDays: 2 },
    vms: [
      makeVm({ id: 'huge', disks: [makeDisk({ sizeGB: 4000, usedGB: 3000, churnGBPerDay: 30 })] }),
      makeVm({ id: 'small', disks: [makeDisk({ sizeGB: 100, usedGB: 40, churnGBPerDay: 2 })] }),
    ],
  });
  const before = evaluatePlan(plan).initialReplication;

  it('recommends shipping the big VM and says when the plan would be protected', () => {
    expect(before.recommendOffline).toBe(true);
    expect(before.recommendation!.offlineVmIds).toEqual(['huge']);
    expect(before.recommendation!.totalSeconds!).toBeLessThan(before.totalSeconds!);
  });

  it('with the advice followed the plan is protected at exactly that time, sooner than before', () => {
    const followed = evaluatePlan({ ...plan, vms: plan.vms.map((vm) => (vm.id === 'huge' ? { ...vm, initialReplication: 'offline' as const } : vm)) });
    expectRel(followed.initialReplication.totalSeconds!, before.recommendation!.totalSeconds!, 1e-9, 'total when followed');
    expect(followed.initialReplication.vms.find((v) => v.id === 'huge')!.completeSeconds).toBeCloseTo(before.vms.find((v) => v.id === 'huge')!.offlineAlternativeSeconds!, 3);
  });
});

// ————— Properties —————

const arbIrPlan = fc
  .record({
    uplink: fc.double({ min: 1, max: 200, noNaN: true }),
    k: fc.integer({ min: 1, max: 6 }),
    compression: fc.boolean(),
    vms: fc.array(
      fc.record({ used: fc.integer({ min: 1, max: 800 }), churn: fc.double({ min: 0, max: 40, noNaN: true }), count: fc.integer({ min: 1, max: 3 }) }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ uplink, k, compression, vms }) =>
    buildPlan({
      replication: { compression },
      link: { uplinkMbps: uplink, efficiencyPercent: 94 },
      initialReplication: { method: 'network', concurrentVms: k },
      vms: vms.map((v, i) => makeVm({ id: `v${i}`, count: v.count, disks: [makeDisk({ sizeGB: 2 * v.used, usedGB: v.used, churnGBPerDay: v.churn })] })),
    }),
  );

const withUplink = (plan: Plan, uplinkMbps: number): Plan => ({ ...plan, link: { ...plan.link, uplinkMbps } });

describe('properties over random network plans (no per-transfer cap, daily-mean rates)', () => {
  it('work conservation: T × (C − D) = Σ copy − Σ dᵢ sᵢ exactly, hence Σ copy ÷ C ≤ T ≤ Σ copy ÷ (C − D) (§5.6 bounds)', () => {
    // The link is never idle while a copy is queued or on the wire, and every byte written from a
    // copy's start sᵢ is sent by T: C·T = Σ copy + Σ dᵢ (T − sᵢ).
    fc.assert(
      fc.property(arbIrPlan, (plan) => {
        const { vms, link, result } = irOf(plan);
        const settings = irSettings(plan, link);
        const C = link.capacityByHourBytesPerSecond[0]!;
        const d = (v: number) => (vms[v]!.rawBytesPerDay / SECONDS_PER_DAY) * link.deltaWireRatio;
        const D = vms.reduce((s, vm, v) => s + d(v) * vm.count, 0);
        fc.pre(D < 0.98 * C);
        const T = result.totalSeconds!;
        const timeline = runTimeline(vms, () => 'network', settings, link);
        const copyBytes = vms.reduce((s, vm) => s + vm.replicatedUsedBytes * settings.copyRatio * vm.count, 0);
        const startsWeighted = timeline.copies.reduce((s, c) => s + d(c.v) * c.start, 0);
        expect(T).not.toBeNull();
        expect(Math.abs(T * (C - D) - (copyBytes - startsWeighted)) / copyBytes).toBeLessThan(1e-6);
        expect(T).toBeGreaterThanOrEqual((copyBytes / C) * (1 - 1e-9));
        expect(T).toBeLessThanOrEqual((copyBytes / (C - D)) * (1 + 1e-9));
      }),
      { numRuns: 150 },
    );
  });

  it('more uplink never delays completion', () => {
    fc.assert(
      fc.property(arbIrPlan, fc.double({ min: 1.01, max: 4, noNaN: true }), (plan, factor) => {
        const slow = irOf(plan).result.totalSeconds;
        const fast = irOf(withUplink(plan, plan.link.uplinkMbps * factor)).result.totalSeconds;
        if (slow === null) return;
        expect(fast).not.toBeNull();
        expect(fast!).toBeLessThanOrEqual(slow * (1 + 1e-9));
      }),
      { numRuns: 150 },
    );
  });

  it('without churn, any K gives the same total Σ copy ÷ C (no slot ever waits for a batch)', () => {
    fc.assert(
      fc.property(arbIrPlan, fc.integer({ min: 1, max: 8 }), (plan, k2) => {
        const quiet: Plan = { ...plan, vms: plan.vms.map((vm) => ({ ...vm, disks: vm.disks.map((d) => ({ ...d, churnGBPerDay: 0 })) })) };
        const a = irOf(quiet).result.totalSeconds!;
        const b = irOf({ ...quiet, initialReplication: { ...quiet.initialReplication, concurrentVms: k2 } }).result.totalSeconds!;
        expect(Math.abs(a - b) / a).toBeLessThan(1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it('the advice, followed, protects the plan at exactly the advertised time and never later than before', () => {
    fc.assert(
      fc.property(arbIrPlan, fc.integer({ min: 0, max: 5 }), (plan, shipDays) => {
        const p: Plan = { ...plan, initialReplication: { ...plan.initialReplication, offlineShippingDays: shipDays } };
        const before = irOf(p).result;
        if (!before.recommendation) return;
        const ship = new Set(before.recommendation.offlineVmIds);
        const followed = irOf({ ...p, vms: p.vms.map((vm) => (ship.has(vm.id) ? { ...vm, initialReplication: 'offline' as const } : vm)) }).result;
        expect(followed.totalSeconds).toBe(before.recommendation.totalSeconds);
        if (before.totalSeconds !== null) expect(followed.totalSeconds!).toBeLessThanOrEqual(before.totalSeconds);
      }),
      { numRuns: 100 },
    );
  });

  it('hour-by-hour rates (a start hour, shares by hour): skipping repeating days gives the same timeline as stepping every hour', () => {
    fc.assert(
      fc.property(arbIrPlan, fc.integer({ min: 0, max: 23 }), fc.array(fc.integer({ min: 5, max: 100 }), { minLength: 24, maxLength: 24 }), (plan, startHour, shares) => {
        // ≥ 20 Mbps keeps the hour-by-hour reference run short enough for a unit test.
        const p: Plan = {
          ...plan,
          link: { ...plan.link, uplinkMbps: Math.max(20, plan.link.uplinkMbps), hourlySharePercent: shares },
          initialReplication: { ...plan.initialReplication, startHour },
          vms: plan.vms.map((vm, i) => ({ ...vm, profile: i % 2 ? 'business-hours' : 'overnight-batch' })),
        };
        const vms = p.vms.map((vm, i) => buildVmModel(p, vm, i));
        const link: IrLink = {
          capacityByHourBytesPerSecond: capacityByHourMbps(p.link).map((m) => m * 125_000),
          streamCapBytesPerSecond: Infinity,
          maxActiveTransfers: resolvedMaxActiveTransfers(p),
          deltaWireRatio: wireRatio(p),
        };
        const settings = irSettings(p, link);
        const fast = runTimeline(vms, () => 'network', settings, link);
        const slow = runTimeline(vms, () => 'network', { ...settings, skipRepeatingDays: false }, link);
        // Within a whisker of the ten-year horizon either run may stop first: nothing to compare there.
        fc.pre(slow.total === null || slow.total < 3000 * SECONDS_PER_DAY);
        if (slow.total === null) {
          expect(fast.total).toBeNull();
          return;
        }
        expect(Math.abs(fast.total! - slow.total) / slow.total).toBeLessThan(1e-9);
        fast.copies.forEach((c, k) => expect(Math.abs(c.complete! - slow.copies[k]!.complete!)).toBeLessThan(1e-6 * slow.total!));
      }),
      { numRuns: 40 },
    );
  });
});
