/**
 * Initial replication oracles (SPEC §5.6): network copy time, churn logged meanwhile, catch-up,
 * the 50 % resync rule, offline shipping, batches. GiB = 2^30 B; 1 Mbps = 10^6 bit/s.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { buildPlan, expectRel, GiB, makeDisk, makeVm, SECONDS_PER_DAY, type VmInput } from '@/test/factories';
import { irVm, warningCodes } from '@/test/result-helpers';

describe('network copy with churn, then catch-up', () => {
  // 100 GiB used (200 GB disk), IR ratio 0.5, delta compression 0.7, 20 GiB/day flat, C = 10 Mbps.
  //   wire      = 0.5 × 100 GiB = 53 687 091 200 B = 429 496 729 600 bit → 42 949.67 s at 10 Mbps
  //   logged    = 20 GiB/day × 42 949.67 s / 86 400 s = 10 675 … B (raw, ≈ 9.94 GiB)
  //   own delta = 20 × 2^30 × 0.7 × 8 / 86 400 / 10^6 = 1.391887 Mbps keeps flowing meanwhile,
  //   catch-up  = logged × 0.7 × 8 / ((10 − 1.391887) × 10^6) s  (the backlog drains at what
  //               the link has left over the VM's ongoing churn; a "whole link" model would give
  //               14 % less)
  //   resync?   = 9.94 GiB < 50 % × 200 GiB → no
  const plan = buildPlan({
    replication: { compression: true, compressionRatio: 0.7 },
    link: { uplinkMbps: 10, efficiencyPercent: 100 },
    initialReplication: { method: 'network', compressionRatio: 0.5 },
    vms: [makeVm({ id: 'a', disks: [makeDisk({ sizeGB: 200, usedGB: 100, churnGBPerDay: 20 })] })],
  });
  const result = evaluatePlan(plan);
  const ir = irVm(result, 'a');
  const duration = (0.5 * 100 * GiB * 8) / 10e6;
  const logged = (20 * GiB * duration) / SECONDS_PER_DAY;
  const ownDeltaMbps = (20 * GiB * 0.7 * 8) / SECONDS_PER_DAY / 1e6;
  const catchUp = (logged * 0.7 * 8) / ((10 - ownDeltaMbps) * 1e6);

  it('wire bytes = used × IR ratio; duration = 42 949.67 s', () => {
    expect(ir.method).toBe('network');
    expectRel(ir.wireBytes, 50 * GiB, 0.005, 'wireBytes');
    expectRel(ir.durationSeconds!, duration, 0.005, 'durationSeconds');
  });

  it('logs 9.94 GiB of raw churn meanwhile: no resync risk', () => {
    expectRel(ir.loggedDuringBytes, logged, 0.005, 'loggedDuringBytes');
    expect(ir.resyncRisk).toBe(false);
  });

  it('catches up in logged × 0.7 × 8 / (C − own delta)', () => {
    expect(ir.catchUpSeconds).not.toBeNull();
    expectRel(ir.catchUpSeconds!, catchUp, 0.01, 'catchUpSeconds');
  });

  it('the plan is protected after copy + catch-up', () => {
    expectRel(ir.completeSeconds!, duration + catchUp, 0.01, 'completeSeconds');
    expectRel(result.initialReplication.totalSeconds!, duration + catchUp, 0.01, 'totalSeconds');
  });

  it('IR ratio is ignored (1) when replication compression is off: wire = 100 GiB, twice the time', () => {
    const off = evaluatePlan({ ...plan, replication: { ...plan.replication, compression: false } });
    const vm = irVm(off, 'a');
    expectRel(vm.wireBytes, 100 * GiB, 0.005, 'wireBytes');
    expectRel(vm.durationSeconds!, 2 * duration, 0.005, 'durationSeconds');
  });
});

describe('the 50 % rule during a slow network copy [RESYNC]', () => {
  // 100 GiB used on a 100 GB disk, no compression, 1 Mbps, 6 GiB/day flat (0.5965 Mbps < 1: stable).
  //   copy   = 100 × 2^30 × 8 / 10^6 = 858 993.5 s (9.94 days)
  //   logged = 6 GiB × 9.942 = 59.65 GiB ≥ 50 % × 100 GiB → resync risk, recommend offline.
  // Offline instead: 2 × 100 GiB / 150 MB/s + 2 days = 1 431.7 + 172 800 = 174 231.7 s,
  //   logging 6 GiB × 2.0166 = 12.1 GiB < 50 GiB.
  const vm = (initialReplication: VmInput['initialReplication'] = null) =>
    makeVm({ id: 'a', initialReplication, disks: [makeDisk({ sizeGB: 100, usedGB: 100, churnGBPerDay: 6 })] });
  const planFor = (v: VmInput) =>
    buildPlan({
      replication: { compression: false },
      link: { uplinkMbps: 1, efficiencyPercent: 100 },
      initialReplication: { method: 'network', offlineShippingDays: 2, mediaWriteMBps: 150 },
      vms: [v],
    });
  const copy = (100 * GiB * 8) / 1e6;
  const offline = (2 * 100 * GiB) / 150e6 + 2 * SECONDS_PER_DAY;

  it('network: logged 59.65 GiB ≥ 50 GiB → resyncRisk, recommend offline', () => {
    const result = evaluatePlan(planFor(vm()));
    const ir = irVm(result, 'a');
    expectRel(ir.durationSeconds!, copy, 0.005, 'durationSeconds');
    expectRel(ir.loggedDuringBytes, (6 * GiB * copy) / SECONDS_PER_DAY, 0.005, 'loggedDuringBytes');
    expect(ir.resyncRisk).toBe(true);
    expect(result.initialReplication.recommendOffline).toBe(true);
    expect(warningCodes(result)).toEqual(expect.arrayContaining(['ir-resync-risk', 'recommend-offline']));
  });

  it('offline (per-VM override): export + 2 days + import = 174 231.7 s, logs 12.1 GiB, no risk', () => {
    const result = evaluatePlan(planFor(vm('offline')));
    const ir = irVm(result, 'a');
    expect(ir.method).toBe('offline');
    expectRel(ir.durationSeconds!, offline, 0.005, 'durationSeconds');
    const logged = (6 * GiB * offline) / SECONDS_PER_DAY;
    expectRel(ir.loggedDuringBytes, logged, 0.005, 'loggedDuringBytes');
    expect(ir.resyncRisk).toBe(false);
    // Catch-up of 12.1 GiB at 1 − 0.596523 Mbps left over the ongoing churn.
    const ownDelta = (6 * GiB * 8) / SECONDS_PER_DAY / 1e6;
    expectRel(ir.catchUpSeconds!, (logged * 8) / ((1 - ownDelta) * 1e6), 0.01, 'catchUpSeconds');
    expect(warningCodes(result)).not.toContain('ir-resync-risk');
  });

  it('the offline alternative is reported for comparison and beats the network here', () => {
    const ir = irVm(evaluatePlan(planFor(vm())), 'a');
    expect(ir.offlineAlternativeSeconds).not.toBeNull();
    expect(ir.offlineAlternativeSeconds!).toBeGreaterThanOrEqual(offline * 0.995);
    expect(ir.offlineAlternativeSeconds!).toBeLessThan(copy);
  });
});

describe('seed: read the provisioned disks, then send one day of churn (SPEC §5.6)', () => {
  // 100 GB provisioned read at 150 MB/s: 100 × 2^30 / 150e6 = 715.8 s per side.
  // One day of churn on the wire: 0.7 × 6 GiB = 4 509 715 660.8 B → × 8 / 18.8e6 = 1 919.0 s.
  // Whether the two sides read in parallel (715.8 s) or one after the other (1 431.7 s) is open.
  const result = evaluatePlan(
    buildPlan({
      initialReplication: { method: 'seed' },
      vms: [makeVm({ id: 'a', disks: [makeDisk({ sizeGB: 100, usedGB: 50, churnGBPerDay: 6 })] })],
    }),
  );
  const ir = irVm(result, 'a');
  const read = (100 * GiB) / 150e6;
  const send = (0.7 * 6 * GiB * 8) / 18.8e6;

  it('sends one day of churn, compressed', () => {
    expect(ir.method).toBe('seed');
    expectRel(ir.wireBytes, 0.7 * 6 * GiB, 0.005, 'wireBytes');
  });

  it('reads the provisioned size (both sides at once), then sends the day of changed blocks plus what was written meanwhile', () => {
    // Read 715.8 s; the catch-up sends 0.7 × (6 GiB + 6 GiB × 715.8 / 86 400) while the VM keeps
    // writing 6 GiB/day × 0.7 = 0.41758 Mbps, so it drains at (18.8 − 0.41758) Mbps.
    const logged = (6 * GiB * read) / SECONDS_PER_DAY;
    const ownMbps = (6 * GiB * 0.7 * 8) / SECONDS_PER_DAY / 1e6;
    const catchUp = (0.7 * (6 * GiB + logged) * 8) / ((18.8 - ownMbps) * 1e6);
    expectRel(ir.durationSeconds!, read, 0.001, 'durationSeconds (read)');
    expectRel(ir.catchUpSeconds!, catchUp, 0.001, 'catchUpSeconds');
    expectRel(ir.completeSeconds!, read + catchUp, 0.001, 'completeSeconds');
    expect(ir.completeSeconds!).toBeGreaterThan(read + send); // at least the read plus the day's blocks
  });
});

describe('batches in plan order (concurrentVms)', () => {
  // Two VMs, 10 GiB used each, no churn, no compression, 10 Mbps: one copy alone takes
  // 10 × 2^30 × 8 / 10^7 = 8 589.93 s.
  const one = (10 * GiB * 8) / 10e6;
  const twoVms = (concurrentVms: number, churnFirst = 0) =>
    evaluatePlan(
      buildPlan({
        replication: { compression: false },
        link: { uplinkMbps: 10, efficiencyPercent: 100 },
        initialReplication: { method: 'network', concurrentVms },
        vms: [
          makeVm({ id: 'a', disks: [makeDisk({ sizeGB: 20, usedGB: 10, churnGBPerDay: churnFirst })] }),
          makeVm({ id: 'b', disks: [makeDisk({ sizeGB: 20, usedGB: 10, churnGBPerDay: 0 })] }),
        ],
      }),
    );

  it('one at a time: b starts when a is done; the plan takes 2 × 8 589.93 s', () => {
    const r = twoVms(1);
    expect(irVm(r, 'a').startSeconds).toBe(0);
    expectRel(irVm(r, 'b').startSeconds, one, 0.005, 'b.startSeconds');
    expectRel(r.initialReplication.totalSeconds!, 2 * one, 0.005, 'totalSeconds');
  });

  it('both at once: they share the link, each takes 2 × 8 589.93 s, the plan the same', () => {
    const r = twoVms(2);
    expectRel(irVm(r, 'a').durationSeconds!, 2 * one, 0.005, 'a.durationSeconds');
    expectRel(irVm(r, 'b').durationSeconds!, 2 * one, 0.005, 'b.durationSeconds');
    expectRel(r.initialReplication.totalSeconds!, 2 * one, 0.005, 'totalSeconds');
  });

  it('a protected VM’s churn leaves less for the next batch: b needs ≥ 10 GiB × 8 / (10 − 0.994) Mbps', () => {
    // a's delta = 10 GiB/day = 0.994205 Mbps, so b's copy gets at most 9.005795 Mbps → ≥ 9 538.2 s.
    const r = twoVms(1, 10);
    const b = irVm(r, 'b');
    expect(b.durationSeconds!).toBeGreaterThanOrEqual(((10 * GiB * 8) / (10 - 0.994205) / 1e6) * 0.995);
    expect(b.startSeconds).toBeGreaterThanOrEqual(irVm(r, 'a').durationSeconds! * 0.995);
  });
});
