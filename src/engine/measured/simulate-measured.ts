/**
 * The cycle simulation of SPEC §5.3 over a measured period instead of a repeating day: the same
 * cycle rules (`cycles.ts`: cut, missed, deliver, overdue, breach) and the same wire
 * (`transfers.ts`) as the day simulation, with each VM's writes taken from its measured rate,
 * constant within a sample slot. It runs once over the whole period (no search for a repeating
 * day): the horizon is the measured period. The replica starts current at slot 0.
 */
import { breachBegins, CopyCycles } from '../cycles';
import type { LinkModel } from '../model';
import { Transfers } from '../transfers';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../units';

export interface MeasuredSimVm {
  frequencySeconds: number;
  /** Raw bytes written from the start to each slot boundary: length slots + 1, [0] = 0. */
  cumulativeBytes: Float64Array;
}

export interface MeasuredSimOptions {
  vms: readonly MeasuredSimVm[];
  stepSeconds: number;
  slots: number;
  /** Seconds after local midnight at which slot 0 starts (the link's hourly share follows the clock). */
  startSecondOfDay: number;
  link: LinkModel;
  wireRatio: number;
  failureWindowSeconds: number;
  targetRpoSeconds: number;
  /** Search mode: stop once more than this share (0–1) of the judged slots miss the target. */
  abortAboveViolatingShare?: number;
  /** Gaps (gaps.ts): which slots can be judged; every slot when absent. */
  judge?: SlotJudge;
}

/**
 * A slot where every VM was sampled is met or missed; one where some VM was not is missed when the
 * VM lagging most was itself sampled (a measured miss), and otherwise judged neither way.
 */
export interface SlotJudge {
  allSampled: Uint8Array;
  vmSampled: readonly (ArrayLike<number> | undefined)[];
}

export interface BreachEpisode {
  vm: number;
  /** When the breach began (first late boundary + window), seconds from slot 0. */
  atSeconds: number;
  /** Largest cycle delay within the episode, seconds. */
  delaySeconds: number;
}

export interface MeasuredSimRun {
  aborted: boolean;
  /** Peak lag of the worst VM within each slot, seconds. */
  slotPeakRpoSeconds: Float32Array;
  /** VM with that peak, per slot. */
  slotWorstVm: Int32Array;
  violatingSlots: number;
  /** Slots judged neither met nor missed (gaps). */
  unjudgedSlots: number;
  /** 1 in the slots judged met or missed. */
  slotJudged: Uint8Array;
  worstRpoSeconds: number;
  worstRpoAtSeconds: number;
  worstRpoVm: number;
  vms: { worstRpoSeconds: number; missedCycles: number; cycles: number; maxCycleDelaySeconds: number }[];
  breaches: BreachEpisode[];
  /** Wire bytes still waiting or on the wire at the end of the period. */
  backlogAtEndBytes: number;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

export function simulateMeasured(opts: MeasuredSimOptions): MeasuredSimRun {
  const { vms, stepSeconds: step, slots, link, wireRatio, failureWindowSeconds: W, targetRpoSeconds: target } = opts;
  const n = vms.length;
  // Events lie on a grid that holds every slot, cycle and hour boundary (cycles are 30, 300 or 900 s).
  const tick = vms.reduce((g, vm) => gcd(g, vm.frequencySeconds), gcd(Math.round(step), 3600));
  const start = Math.round(opts.startSecondOfDay / tick) * tick;
  const horizon = slots * step;
  const abortShare = opts.abortAboveViolatingShare ?? Infinity;
  const judge = opts.judge;
  const slotJudged = new Uint8Array(slots).fill(1);
  let unjudged = 0;
  const T = Float64Array.from(vms, (v) => v.frequencySeconds);

  const F = (i: number, t: number) => {
    if (t >= horizon) return vms[i]!.cumulativeBytes[slots]!;
    if (t <= 0) return 0;
    return writtenInSlot(i, t, Math.floor(t / step));
  };
  /** F at 0 < t < horizon in slot k = ⌊t ÷ step⌋ (the loop knows its slot). */
  const writtenInSlot = (i: number, t: number, k: number) => {
    const c = vms[i]!.cumulativeBytes;
    return c[k]! + (c[k + 1]! - c[k]!) * ((t - k * step) / step);
  };

  const copies = new CopyCycles(T, 0, F, () => 0);
  const { status, lastCut, lastCutF, lastDelivered, outFirstBoundary, outWire, idle } = copies;
  // VMs grouped by frequency (first-seen order): at a tick only the groups whose boundary it is
  // cut, in that order, each group in VM order.
  const words = idle.length;
  const groups = [...new Set(T)].map((f) => {
    const members = new Uint32Array(words);
    for (let i = 0; i < n; i++) if (T[i] === f) members[i >>> 5]! |= 1 << (i & 31);
    // Ticks are whole seconds on a grid every interval lies on: the next boundary is counted, not divided out.
    return { f, members, next: f };
  });
  // Lag grows by itself between deliveries: the worst VM at any moment is the one delivered longest ago.
  let oldest = 0;
  let oldestDirty = n > 0;
  const inBreach = new Int32Array(n).fill(-1); // index of the open episode, or -1
  const stats = vms.map(() => ({ worstRpoSeconds: 0, missedCycles: 0, cycles: 0, maxCycleDelaySeconds: 0 }));
  const breaches: BreachEpisode[] = [];
  const slotPeak = new Float32Array(slots);
  const slotWorst = new Int32Array(slots);
  let violating = 0;
  let worst = 0;
  let worstAt = 0;
  let worstVm = 0;
  let slot = 0;
  let tickAt = 0; // the tick being advanced

  const noteRpo = (i: number, rpo: number, at: number) => {
    const s = stats[i]!;
    if (rpo > s.worstRpoSeconds) s.worstRpoSeconds = rpo;
    if (rpo > slotPeak[slot]!) {
      slotPeak[slot] = rpo;
      slotWorst[slot] = i;
    }
    if (rpo > worst) {
      worst = rpo;
      worstAt = at;
      worstVm = i;
    }
  };
  const noteDelay = (i: number, firstBoundary: number, delay: number) => {
    const s = stats[i]!;
    if (delay > s.maxCycleDelaySeconds) s.maxCycleDelaySeconds = delay;
    const begins = breachBegins(firstBoundary, delay, W);
    if (begins !== null) {
      // One episode per run of late cycles; it began when the first late boundary passed the window.
      if (inBreach[i]! < 0) {
        inBreach[i] = breaches.length;
        breaches.push({ vm: i, atSeconds: begins, delaySeconds: delay });
      } else {
        const e = breaches[inBreach[i]!]!;
        e.delaySeconds = Math.max(e.delaySeconds, delay);
      }
    } else {
      inBreach[i] = -1;
    }
  };
  const deliver = (i: number, now: number) => {
    stats[i]!.missedCycles += copies.countMissed(i, tickAt);
    noteRpo(i, now - lastDelivered[i]!, now);
    noteDelay(i, outFirstBoundary[i]!, now - outFirstBoundary[i]!);
    copies.deliver(i);
    if (i === oldest) oldestDirty = true;
  };

  const wire = new Transfers(n, link.maxActiveTransfers);
  const streamCap = link.streamCapBytesPerSecond;
  let aborted = false;
  let lastTick = 0;

  // Second of the day at the tick, kept by adding (whole seconds: exact).
  let secondOfDay = ((start % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY;
  for (let t = 0; t < horizon && !aborted; t += tick) {
    tickAt = t;
    lastTick = t;
    slot = Math.floor(t / step);
    const hour = Math.floor(secondOfDay / SECONDS_PER_HOUR);
    secondOfDay += tick;
    if (secondOfDay >= SECONDS_PER_DAY) secondOfDay -= SECONDS_PER_DAY;
    for (let g = 0; g < groups.length && t > 0; g++) {
      const group = groups[g]!;
      if (t < group.next) continue;
      group.next += group.f;
      // Idle members cut; busy ones miss this cycle [HEALTH2] (counted when their log arrives).
      const members = group.members;
      for (let w = 0; w < words; w++) {
        let bits = members[w]! & idle[w]!;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          const i = (w << 5) + 31 - Math.clz32(low);
          copies.cut(i, t, writtenInSlot(i, t, slot), wireRatio, wire);
        }
      }
    }
    wire.fill(outWire, status);
    const tEnd = t + tick;
    wire.advance(t, tEnd, link.capacityBytesPerSecond[hour]!, streamCap, outWire, status, deliver);
    if (oldestDirty) {
      for (let i = 0; i < n; i++) if (lastDelivered[i]! < lastDelivered[oldest]!) oldest = i;
      oldestDirty = false;
    }
    if (n) noteRpo(oldest, tEnd - lastDelivered[oldest]!, tEnd);
    if (tEnd % step === 0 || tEnd >= horizon) {
      // Gaps: judge the slot by what was measured (see SlotJudge).
      const over = slotPeak[slot]! > target;
      if (!judge || judge.allSampled[slot] || (over && judge.vmSampled[slotWorst[slot]!]?.[slot] !== 0)) {
        if (over) violating++;
      } else {
        slotJudged[slot] = 0;
        unjudged++;
      }
      if (violating > Math.floor(abortShare * (slots - unjudged))) aborted = true;
    }
  }

  // Cycles still overdue when the measurement ends count as late from their boundary; a VM's
  // lag peaks just before a delivery (noted there) or at the end.
  let backlog = 0;
  for (let i = 0; i < n; i++) {
    // Every boundary after slot 0 up to the last tick was a cycle; busy copies missed theirs.
    stats[i]!.cycles = Math.floor(lastTick / T[i]!);
    if (status[i]) stats[i]!.missedCycles += copies.countMissed(i, lastTick);
    if (!aborted) noteRpo(i, horizon - lastDelivered[i]!, horizon);
    backlog += copies.outstandingWire(i, wire);
    const firstUndelivered = copies.firstUndelivered(i);
    if (firstUndelivered < horizon) noteDelay(i, firstUndelivered, horizon - firstUndelivered);
    // Writes since the last cut are overdue only if a boundary passed without a cut (a missed cycle).
    if (lastCut[i]! + T[i]! < horizon) backlog += (F(i, horizon) - lastCutF[i]!) * wireRatio;
  }

  return {
    aborted,
    slotPeakRpoSeconds: slotPeak,
    slotWorstVm: slotWorst,
    violatingSlots: violating,
    unjudgedSlots: unjudged,
    slotJudged,
    worstRpoSeconds: worst,
    worstRpoAtSeconds: worstAt,
    worstRpoVm: worstVm,
    vms: stats,
    breaches,
    backlogAtEndBytes: backlog,
  };
}
