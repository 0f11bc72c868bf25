/**
 * Unstable plans (SPEC §5.3a): the RPO grows without limit — how fast — and when Hyper-V would
 * demand a resync (pending log above 50 % of the replicated size). GiB = 2^30 B.
 *
 * Oracle: one VM alone on the link (SPEC §7 case 5 with a 20 GiB disk: 10 GiB/day flat, 900 s,
 * compression off, efficiency 100 %). Demand 10 × 2^30 × 8 / 86 400 = 0.994205 Mbps. Below it,
 * Hyper-V's missed cycles make the logs grow: the log cut at boundary c_k carries w·(c_k − c_{k−1})
 * and takes size ÷ C to send; the next cut is the first 900 s boundary at or after its delivery.
 * In the fluid limit the intervals grow by ρ = w ÷ C per log, so the worst lag grows by
 * (1 − 1/ρ²) of a day per day — not the (1 − 1/ρ) a "backlog ÷ write rate" model gives — and the
 * pending log (the log in flight + the one filling) reaches 10 GiB far sooner. The recurrence below
 * is that rule written out independently of the engine (a few lines a reader can check by hand).
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan, healthReasonText } from '@/engine';
import { unitFormat } from '@/lib/locale-format';
import { buildPlan, expectRel, GiB, makeDisk, makeVm, SECONDS_PER_DAY } from '@/test/factories';

const T = 900;
const LIMIT = 10 * GiB; // 50 % of the 20 GiB disk

/** Cut/deliver recurrence for one VM alone on the link; w = 10 GiB/day, C = uplink. */
function recurrence(uplinkMbps: number) {
  const w = (10 * GiB) / SECONDS_PER_DAY;
  const C = (uplinkMbps * 1e6) / 8;
  const logs: { cut: number; size: number; end: number }[] = [];
  let lastCut = -T; // 00:00 of day 1 looks like a healthy steady state
  let busyUntil = 0;
  let crossing: number | null = null;
  for (let b = 0; b <= 30 * SECONDS_PER_DAY; b += T) {
    if (b < busyUntil) continue; // still sending: the cycle is missed
    const size = w * (b - lastCut);
    const end = b + size / C;
    // While it is in flight the pending log is size + w·(t − b): first time above the limit?
    if (crossing === null && size + w * (end - b) > LIMIT) crossing = b + Math.max(0, (LIMIT - size) / w);
    logs.push({ cut: b, size, end });
    lastCut = b;
    busyUntil = end;
  }
  const lagAt = (t: number) => t - logs.filter((l) => l.end <= t).reduce((c, l) => l.cut, -T);
  const pendingAt = (t: number) => {
    const cut = logs.filter((l) => l.cut <= t).reduce((c, l) => l.cut, -T);
    const inFlight = logs.find((l) => l.cut <= t && l.end > t)?.size ?? 0;
    return inFlight + w * (t - cut);
  };
  return { crossing, lagAt, pendingAt };
}

const caseFive = (uplinkMbps: number) =>
  evaluatePlan(
    buildPlan({
      replication: { compression: false },
      link: { uplinkMbps, efficiencyPercent: 100 },
      vms: [makeVm({ id: 'a', frequencySeconds: T, disks: [makeDisk({ sizeGB: 20, usedGB: 10, churnGBPerDay: 10 })] })],
    }),
  );

describe('0.9 Mbps: unbounded, the lag grows ≈ 17 400 s a day, a resync after ≈ 4.4 days', () => {
  const r = caseFive(0.9);
  const oracle = recurrence(0.9);

  it('rpo.unbounded, not a finite answer', () => {
    expect(r.stable).toBe(false);
    expect(r.rpo.unbounded).toBe(true);
    expect(r.rpo.growthVmId).toBe('a');
  });

  it('lag growth per day = (lag at the 7th day end − lag at the 1st) ÷ 6, as the recurrence gives', () => {
    // Recurrence: (lagAt(7 d) − lagAt(1 d)) / 6 = 17 400 s/day; the fluid rule (1 − 1/ρ²) × 86 400
    // = (1 − (0.9/0.994205)²) × 86 400 = 15 596 s/day (the 900 s boundaries make it a bit faster).
    const perDay = (oracle.lagAt(7 * SECONDS_PER_DAY) - oracle.lagAt(SECONDS_PER_DAY)) / 6;
    expectRel(perDay, 17_400, 1e-9, 'recurrence');
    expectRel(r.rpo.growthSecondsPerDay, perDay, 1e-6, 'growthSecondsPerDay');
    expectRel(perDay, (1 - (0.9 / 0.994205) ** 2) * SECONDS_PER_DAY, 0.15, 'fluid rule');
  });

  it('the pending log passes 10 GiB at 377 100 s (4.36 days): seen in the run, to the second', () => {
    expect(oracle.crossing).toBeCloseTo(377_100, 3);
    expectRel(r.vms[0]!.resyncAfterSeconds!, oracle.crossing!, 1e-6, 'resyncAfterSeconds');
    expect(r.rpo.firstResync).toEqual({ vmId: 'a', afterSeconds: r.vms[0]!.resyncAfterSeconds });
  });

  it('a resync within the simulated days is Critical', () => {
    expect(r.vms[0]!.health).toBe('critical');
    expect(r.vms[0]!.resyncRequired).toBe(true);
  });

  it('the first breach since the start is reported: day 1, not "00:00 of the 7th day"', () => {
    // The second log (cut 1 800 s) is delivered at 3 788 s; the 900 s boundary waits until then:
    // delay 2 888 s > 1 800 s from the boundary at 900 s → the breach begins at 900 + 1 800 = 2 700 s.
    expect(r.failureWindow.firstBreachFromStartSeconds).toBe(2_700);
  });
});

describe('0.95 Mbps: the resync comes after the 7 simulated days — extrapolated, and a Warning', () => {
  const r = caseFive(0.95);
  const oracle = recurrence(0.95);

  it('extrapolated linearly from the pending log at the 1st and 7th day ends', () => {
    // Recurrence: pending 2.125e9 B at day 1's end, 10.066e9 B at day 7's → 1.3235e9 B/day;
    // 10 GiB − 10.066e9 = 0.671e9 B more → 0.507 days after day 7 ≈ 648 600 s.
    const p1 = oracle.pendingAt(SECONDS_PER_DAY);
    const p7 = oracle.pendingAt(7 * SECONDS_PER_DAY);
    const extrapolated = 7 * SECONDS_PER_DAY + ((LIMIT - p7) / ((p7 - p1) / 6)) * SECONDS_PER_DAY;
    expectRel(r.vms[0]!.resyncAfterSeconds!, extrapolated, 1e-6, 'resyncAfterSeconds');
    // … and within 0.5 % of when the recurrence actually crosses (649 800 s).
    expectRel(r.vms[0]!.resyncAfterSeconds!, oracle.crossing!, 0.005, 'true crossing');
  });

  it('a resync beyond the simulated days is a Warning with the days named', () => {
    expect(r.vms[0]!.health).toBe('warning');
    expect(r.vms[0]!.healthReasons).toContainEqual({ kind: 'resync-ahead', afterDays: 8 });
    expect(r.vms[0]!.healthReasons.map((x) => healthReasonText(x, unitFormat('en-US'))).join(' ')).toMatch(/would pass 50 %.*about 8 day/);
  });
});

describe('a stable plan is bounded', () => {
  it('2 Mbps: no growth, no resync', () => {
    const r = caseFive(2);
    expect(r.stable).toBe(true);
    expect(r.rpo.unbounded).toBe(false);
    expect(r.rpo.growthSecondsPerDay).toBe(0);
    expect(r.rpo.firstResync).toBeNull();
    expect(r.vms[0]!.resyncAfterSeconds).toBeNull();
  });
});
