import { CopyCycles, breachBegins } from './cycles';
import { simCopies } from './sim-copies';
import { rawWrittenUntil, STEP_SECONDS as SHAPE_STEP_SECONDS, STEPS_PER_HOUR as SHAPE_STEPS_PER_HOUR } from './model';
import { ABORTED, summarise, type SimOptions, type SimResult, type SimSeries } from './sim-result';
import { Transfers } from './transfers';
import { HOURS_PER_DAY, SECONDS_PER_DAY, SECONDS_PER_HOUR } from './units';
import { unboundedGrowth } from './unbounded-growth';

export type { SimOptions, SimResult, SimSeries, SimVmStats } from './sim-result';

/**
 * The cycle simulation of SPEC §5.3 over repeating days, exact in the fluid sense: between events
 * every rate is constant, so delivery times are computed, not stepped. Events are the 30-second
 * grid (every frequency and hour boundary lies on it) and transfer completions. The per-copy
 * cycle rules are in `cycles.ts`, the queue and the wire in `transfers.ts`.
 *
 * Convergence (the rules SPEC §5.3 leaves to the code):
 * - Days start at 00:00 with every replica current as of −T (a healthy steady state) and run
 *   whole until the state at the start of a day (every copy's log, queue position and wire bytes
 *   left, relative to the day start) equals the previous day's start state to 1e-6 relative:
 *   the day repeats and is reported. At most 7 days (MAX_DAYS).
 * - **Two-day rhythm**: if a day's start state equals the state two days earlier (the backlog
 *   alternates), the reported figures are the worse of the two days (max of peaks, min of first
 *   breach times, mean of the two average RPOs).
 * - **Stable** when a day repeats. After 7 days without repeating, stable unless the link cannot
 *   carry the daily volume at all, or the days after the first delivered on average less than was
 *   written by more than 0.25 % of a day's wire volume (+ 1 byte): a loaded plan's backlog can
 *   slosh irregularly between days without growing.
 * - Searches (`earlyUnstableExit`) stop after day 3 once two days in a row delivered more than
 *   1 % short of the writes.
 * - **Peaks cover every simulated day**: worst lag, missed cycles, cycle delay, first breach,
 *   pending log and largest log are the worst over all days run (the days on the way from 00:00
 *   of day 1 to the repeating day included — near saturation they can be worse than it, and a
 *   searched requirement fails on them anyway); the average lag, the series and the per-hour
 *   missed cycles are the reported day's. `reportedDayWorstRpoSeconds` keeps that day's own peak.
 *
 * Speed without changing answers: every interval divides 900 s and write rates and capacity change
 * only on the hour, so a stretch of hours with the same inputs is a row of 900 s periods with
 * identical inputs. When a period starts in the state the previous one started in (to 1e-11
 * relative), the rest of the stretch repeats it exactly: its counts are added once per skipped
 * period and every time shifts (`skipRepeats`). An hour in which some VM writes in 5-minute steps
 * (a measured burst) has no repeating periods: it is simulated period by period.
 */

const TICK_SECONDS = 30;
const TICKS_PER_HOUR = SECONDS_PER_HOUR / TICK_SECONDS;
/** Series resolution: one point per 5 minutes. */
export const SERIES_STEP_SECONDS = 300;
const TICKS_PER_STEP = SERIES_STEP_SECONDS / TICK_SECONDS;
const STEPS_PER_DAY = SECONDS_PER_DAY / SERIES_STEP_SECONDS;
export const MAX_DAYS = 7;
/** A repeating stretch: every interval divides it and four of them make an hour. */
const PERIOD_SECONDS = 900;
const TICKS_PER_PERIOD = PERIOD_SECONDS / TICK_SECONDS;
const PERIODS_PER_HOUR = SECONDS_PER_HOUR / PERIOD_SECONDS;
const PERIODS_PER_DAY = SECONDS_PER_DAY / PERIOD_SECONDS;
const STEPS_PER_PERIOD = PERIOD_SECONDS / SERIES_STEP_SECONDS;
/** Two period start states closer than this (relative) are the same state. */
const REPEAT_TOLERANCE = 1e-11;

/** Run the cycle simulation day by day until a day repeats the previous one (≤ 7 days). */
export function simulate(opts: SimOptions): SimResult {
  const { vms, link, wireRatio, failureWindowSeconds: W } = opts;
  const abort = opts.abortOn ?? {};
  const rpoLimit = abort.rpoAboveSeconds ?? Infinity;
  const detail = opts.detail ?? false;

  // The copies and their write marks: the same for every run of these VMs (`sim-copies.ts`).
  const fixed = simCopies(vms, opts.frequencyOverride);
  const { n, vmOf, T, words, dueAll, due300, due30, shortest, evenHour, sameRatesAsNext, perDay, rate, cumulative, shaped } = fixed;
  const { totalPerDay, totalRate, totalCumulative, frequencies, frequencyOf, resyncLimit } = fixed;
  // Nothing happens between multiples of the shortest frequency (hours are multiples too), so
  // step by it; detail mode keeps 5-minute steps for the series.
  const stride = Math.min(shortest, detail ? SERIES_STEP_SECONDS : shortest) / TICK_SECONDS;
  const periodsRepeat = fixed.divide900 && TICKS_PER_PERIOD % stride === 0;
  /** F at a time known to lie in day `d`, hour `h`, `s` seconds into that hour. */
  const Fat = (i: number, d: number, h: number, s: number) => {
    const vm = shaped[i];
    if (vm) {
      const k = h * SHAPE_STEPS_PER_HOUR + Math.min(SHAPE_STEPS_PER_HOUR - 1, Math.floor(s / SHAPE_STEP_SECONDS));
      return d * perDay[i]! + vm.stepCumulative![k]! + vm.stepRate![k]! * (s - (k - h * SHAPE_STEPS_PER_HOUR) * SHAPE_STEP_SECONDS);
    }
    return d * perDay[i]! + cumulative[h * n + i]! + rate[h * n + i]! * s;
  };
  const F = (i: number, t: number) => rawWrittenUntil(vms[vmOf[i]!]!, t);
  // The 5-minute samples ask F of every copy at a few shared times (each frequency's last
  // boundary, the sample time): those times are placed in the day once per sample.
  const sampleAt = placedTimes(frequencies.length + 1);
  /** F(i, t) for a time placed by `placeInDay`: whole seconds, so Fat gives rawWrittenUntil's sums. */
  const writtenAt = (i: number, at: PlacedTimes, k: number) => Fat(i, at.day[k]!, at.hour[k]!, at.inHour[k]!);

  // 00:00 of day 1 looks like a healthy steady state: data as of −T is on the replica.
  const copies = new CopyCycles(T, 0, F, (i) => T[i]!);
  const { status, lastCut, lastCutF, lastDelivered, outFirstBoundary, outWire, idle } = copies;
  // Running totals: raw bytes cut since the start (beyond the initial marks) and wire bytes delivered.
  const initialCutF = lastCutF.reduce((a, b) => a + b, 0);
  let cutRaw = 0;
  let deliveredWire = 0;

  // Per-copy statistics of the current day.
  const worst = new Float64Array(n);
  const rpoIntegral = new Float64Array(n);
  const rpoFrom = new Float64Array(n);
  const missed = new Float64Array(n);
  const cycles = new Float64Array(n);
  const maxDelay = new Float64Array(n);
  const breachAt = new Float64Array(n);
  const breachDelay = new Float64Array(n);
  const peakPending = new Float64Array(n);
  const largestLog = new Float64Array(n);
  const missedByHour = detail ? new Float64Array(n * HOURS_PER_DAY) : null;
  // SPEC §5.3a (detail mode): when each copy's pending log first passes 50 % of its replicated size,
  // the first breach since the start, and the day-end pending log and lag of the last two days.
  const resyncAt = new Float64Array(n).fill(Infinity);
  const breachEver = new Float64Array(n).fill(Infinity);
  const pendingEnd: [Float64Array, Float64Array] = [new Float64Array(n), new Float64Array(n)];
  const lagEnd: [Float64Array, Float64Array] = [new Float64Array(n), new Float64Array(n)];
  /** `pending` raw bytes at `at`: when above the limit for the first time, back-date the crossing along the current write rate. */
  const notePending = (i: number, pending: number, at: number) => {
    if (!(pending > resyncLimit[i]! && resyncLimit[i]! > 0 && at < resyncAt[i]!)) return;
    const writeRate = rate[tickHour * n + i]!;
    resyncAt[i] = writeRate > 0 ? Math.max(lastPendingCheck, at - (pending - resyncLimit[i]!) / writeRate) : at;
  };
  let lastPendingCheck = 0; // the previous 5-minute sample: no crossing before it went unseen

  const wire = new Transfers(n, link.maxActiveTransfers);
  const streamCap = link.streamCapBytesPerSecond;

  // Series of the current day (detail mode).
  const series: SimSeries | null = detail
    ? {
        deliveredBytes: new Float64Array(STEPS_PER_DAY),
        backlogBytes: new Float64Array(STEPS_PER_DAY),
        worstRpoSeconds: new Float64Array(STEPS_PER_DAY),
        worstRpoVm: new Int32Array(STEPS_PER_DAY),
      }
    : null;

  let dayStart = 0;
  let tickDay = 0;
  let tickHour = 0;
  let tickHourStart = 0;
  let tick = 0; // time of the tick being advanced
  let failed = false;
  let step = 0;
  let deliveredToday = 0;

  const noteRpo = (i: number, rpo: number) => {
    if (rpo > worst[i]!) worst[i] = rpo;
    if (rpo > rpoLimit) failed = true;
    if (series && rpo > series.worstRpoSeconds[step]!) {
      series.worstRpoSeconds[step] = rpo;
      series.worstRpoVm[step] = vmOf[i]!;
    }
  };
  const noteDelay = (i: number, firstBoundary: number, delay: number) => {
    if (delay > maxDelay[i]!) maxDelay[i] = delay;
    const begins = breachBegins(firstBoundary, delay, W);
    if (begins !== null) {
      // One still going on at 00:00 of the day counts as beginning at 00:00.
      const at = Math.max(begins, dayStart) - dayStart;
      if (at < breachAt[i]!) breachAt[i] = at;
      if (begins < breachEver[i]!) breachEver[i] = Math.max(0, begins);
      if (delay > breachDelay[i]!) breachDelay[i] = delay;
      if (abort.breach) failed = true;
    }
  };
  const integrateRpo = (i: number, until: number) => {
    const a = rpoFrom[i]! - lastDelivered[i]!;
    const b = until - lastDelivered[i]!;
    rpoIntegral[i] = rpoIntegral[i]! + (b * b - a * a) / 2;
    rpoFrom[i] = until;
  };
  /** Missed boundaries k × T, k in (from, to], of the copy being counted, into their hours of the day. */
  const missedAt = (from: number, to: number, T: number) => {
    const o = countingCopy * HOURS_PER_DAY;
    for (let k = from + 1; k <= to; ) {
      const h = Math.floor((k * T - dayStart) / SECONDS_PER_HOUR);
      // The last boundary before the next hour begins (times are whole seconds: exact).
      const last = Math.max(k, Math.min(to, Math.ceil((dayStart + (h + 1) * SECONDS_PER_HOUR) / T) - 1));
      missedByHour![o + h] = missedByHour![o + h]! + (last - k + 1);
      k = last + 1;
    }
  };
  let countingCopy = 0;
  /** Missed cycles of busy copy i up to `upTo` (its boundaries passed while its log was out). */
  const countMissed = (i: number, upTo: number) => {
    countingCopy = i;
    const k = copies.countMissed(i, upTo, missedByHour ? missedAt : undefined);
    if (k > 0) missed[i] = missed[i]! + k;
  };
  const deliver = (i: number, now: number) => {
    countMissed(i, tick);
    if (detail) integrateRpo(i, now);
    noteRpo(i, now - lastDelivered[i]!);
    noteDelay(i, outFirstBoundary[i]!, now - outFirstBoundary[i]!);
    if (detail) {
      // `now` lies within the current tick's hour (or exactly at its end: F is continuous).
      const pending = copies.pendingRaw(i, Fat(i, tickDay, tickHour, now - tickHourStart));
      if (pending > peakPending[i]!) peakPending[i] = pending;
      notePending(i, pending, now);
    }
    copies.deliver(i);
  };
  /** Count the missed cycles of every busy copy up to (not including) `end`. */
  const countAllMissed = (end: number) => {
    for (let i = 0; i < n; i++) if (status[i]) countMissed(i, end - 0.5);
  };
  /** Whether some busy copy has a boundary at this tick (search mode: that is a missed cycle). */
  const busyDue = (due: Uint32Array) => {
    for (let w = 0; w < words; w++) if (due[w]! & ~idle[w]!) return true;
    return false;
  };

  /**
   * With every copy busy at tick k (time t, in `hour`): the first tick, on the stride grid, that
   * the wire reaches without delivering anything on the way — capped at k1, the hour's end and (in
   * detail mode) the 5-minute step's end. The next delivery lies in the tick interval after it.
   */
  const busyStretchEnd = (k: number, k1: number, t: number, hour: number): number => {
    let limit = Math.min(k1, (hour + 1) * TICKS_PER_HOUR);
    if (series) limit = Math.min(limit, (((k / TICKS_PER_STEP) | 0) + 1) * TICKS_PER_STEP);
    const rate = wire.active > 0 ? Math.min(streamCap, link.capacityBytesPerSecond[hour]! / wire.active) : 0;
    if (!(rate > 0)) return limit;
    // Whole strides strictly before the delivery at t + need ÷ rate (advance() compares the same sum).
    const strideSeconds = stride * TICK_SECONDS;
    const whole = Math.ceil(wire.nextNeed() / rate / strideSeconds) - 1;
    return Math.min(limit, k + Math.max(0, whole) * stride);
  };

  /** Simulate ticks [k0, k1) of the day: cuts at due boundaries, then the wire until the next tick. */
  const runTicks = (day: number, k0: number, k1: number): boolean => {
    for (let k = k0; k < k1; k += stride) {
      const t = dayStart + k * TICK_SECONDS;
      const hour = (k / TICKS_PER_HOUR) | 0;
      tickDay = day;
      tickHour = hour;
      tickHourStart = dayStart + hour * SECONDS_PER_HOUR;
      tick = t;
      const inHour = t - tickHourStart;
      step = (k / TICKS_PER_STEP) | 0;
      const due = k % 30 === 0 ? dueAll : k % 10 === 0 ? due300 : due30;
      if (abort.missedCycle && busyDue(due)) return false;
      if (copies.idleCount === 0 && !abort.missedCycle) {
        // Every copy is busy: nobody cuts before the next delivery, so the ticks before it only
        // move the wire — run them at once (same hour, same 5-minute step in detail mode).
        const kJump = busyStretchEnd(k, k1, t, hour);
        if (kJump > k + stride) {
          const bytes = wire.advance(t, dayStart + kJump * TICK_SECONDS, link.capacityBytesPerSecond[hour]!, streamCap, outWire, status, deliver);
          deliveredToday += bytes;
          deliveredWire += bytes;
          if (series) {
            series.deliveredBytes[step] = series.deliveredBytes[step]! + bytes;
            if (kJump % TICKS_PER_STEP === 0) sampleStep(dayStart + kJump * TICK_SECONDS);
          }
          k = kJump - stride;
          continue;
        }
      }
      // Cut every idle copy due now, in plan order; busy ones miss this cycle (counted at delivery).
      for (let w = 0; w < words; w++) {
        let bits = due[w]! & idle[w]!;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          const i = (w << 5) + 31 - Math.clz32(low);
          const raw = copies.cut(i, t, Fat(i, day, hour, inHour), wireRatio, wire);
          if (raw > largestLog[i]!) largestLog[i] = raw;
          cutRaw += raw;
        }
      }
      wire.fill(outWire, status);

      // Advance to the next tick, delivering whatever completes on the way.
      const tEnd = t + stride * TICK_SECONDS;
      const bytes = wire.advance(t, tEnd, link.capacityBytesPerSecond[hour]!, streamCap, outWire, status, deliver);
      deliveredToday += bytes;
      deliveredWire += bytes;
      if (series) series.deliveredBytes[step] = series.deliveredBytes[step]! + bytes;
      if (failed) return false;
      if (series && (k + stride) % TICKS_PER_STEP === 0) sampleStep(tEnd);
    }
    return true;
  };

  // Period repeats: the start state of the previous period and this one, relative to their starts.
  const periodState = [new Float64Array(0), new Float64Array(0)];
  let stateSize = 0;
  const writePeriodState = (into: number, p: number, day: number) => {
    const hour = ((p - dayStart) / SECONDS_PER_HOUR) | 0;
    const size = n * 7 + wire.queued;
    if (periodState[into]!.length < size + 1) periodState[into] = new Float64Array(size + 1 + (size >> 2));
    const s = periodState[into]!;
    const inHour = p - (dayStart + hour * SECONDS_PER_HOUR);
    for (let i = 0; i < n; i++) {
      const o = i * 7;
      s[o] = status[i]!;
      s[o + 1] = lastCut[i]! - p;
      s[o + 2] = lastDelivered[i]! - p;
      s[o + 3] = copies.pendingRaw(i, Fat(i, day, hour, inHour));
      if (status[i]) {
        s[o + 4] = copies.outCut[i]! - p;
        s[o + 5] = outFirstBoundary[i]! - p;
        s[o + 6] = copies.outstandingWire(i, wire);
      } else {
        s[o + 4] = s[o + 5] = s[o + 6] = 0;
      }
    }
    for (let k = 0; k < wire.queued; k++) s[n * 7 + k] = wire.queuedAt(k);
    s[size] = wire.queued;
    return size + 1;
  };
  const samePeriodState = (size: number) => {
    if (size !== stateSize) return false;
    const [a, b] = periodState as [Float64Array, Float64Array];
    for (let k = 0; k < size; k++) {
      const x = a[k]!;
      const y = b[k]!;
      if (x !== y && Math.abs(x - y) > REPEAT_TOLERANCE * Math.max(Math.abs(x), Math.abs(y))) return false;
    }
    return true;
  };
  // Additive day figures at the start of the period, to take the period's own share.
  const missedBefore = new Float64Array(n);
  const integralBefore = new Float64Array(n);
  const missedByHourBefore = missedByHour ? new Float64Array(n * HOURS_PER_DAY) : null;

  /**
   * Periods [from, to) of the day repeat the period that starts at `p` (just simulated): add its
   * counts once per repeat (missed cycles into each repeat's own hour), copy its series points,
   * and move every time and written-bytes mark on by the skipped stretch.
   */
  const skipRepeats = (p: number, from: number, to: number, deliveredInPeriod: number) => {
    const m = to - from;
    const hour = ((p - dayStart) / SECONDS_PER_HOUR) | 0;
    const firstStep = (p - dayStart) / SERIES_STEP_SECONDS;
    for (let i = 0; i < n; i++) {
      missed[i] = missed[i]! + m * (missed[i]! - missedBefore[i]!);
      if (detail) rpoIntegral[i] = rpoIntegral[i]! + m * (rpoIntegral[i]! - integralBefore[i]!);
    }
    if (missedByHour && missedByHourBefore) {
      for (let i = 0; i < n; i++) {
        const o = i * HOURS_PER_DAY;
        const perPeriod = missedByHour[o + hour]! - missedByHourBefore[o + hour]!;
        if (perPeriod === 0) continue;
        for (let pi = from; pi < to; pi++) {
          const h = (pi / PERIODS_PER_HOUR) | 0;
          missedByHour[o + h] = missedByHour[o + h]! + perPeriod;
        }
      }
    }
    deliveredToday += m * deliveredInPeriod;
    if (series) {
      for (let r = 1; r <= m; r++) {
        for (let q = 0; q < STEPS_PER_PERIOD; q++) {
          const src = firstStep + q;
          const dst = src + r * STEPS_PER_PERIOD;
          series.deliveredBytes[dst] = series.deliveredBytes[src]!;
          series.backlogBytes[dst] = series.backlogBytes[src]!;
          series.worstRpoSeconds[dst] = series.worstRpoSeconds[src]!;
          series.worstRpoVm[dst] = series.worstRpoVm[src]!;
        }
      }
    }
    const dt = m * PERIOD_SECONDS;
    // The skipped steps were sampled too, as far as the resync crossing is concerned: the same state.
    lastPendingCheck = p + PERIOD_SECONDS + dt;
    copies.shift(dt, (i) => rate[hour * n + i]! * dt);
    // Running totals move on as the marks do: what is owed stays the same.
    cutRaw += totalRate[hour]! * dt;
    deliveredWire += totalRate[hour]! * dt * wireRatio;
    if (detail) for (let i = 0; i < n; i++) rpoFrom[i] = rpoFrom[i]! + dt;
  };

  /** Count missed cycles and integrate the lag of every copy up to `t` (a period starts there). */
  const settleTo = (t: number) => {
    countAllMissed(t);
    if (detail) for (let i = 0; i < n; i++) integrateRpo(i, t);
  };

  // Hours whose inputs (every copy's write rate and the capacity) equal the previous hour's
  // continue its stretch: a repeating period may repeat on into them. An uneven hour is a stretch
  // of its own.
  const stretchEnd = new Int32Array(HOURS_PER_DAY);
  for (let h = HOURS_PER_DAY - 1; h >= 0; h--) {
    const next = h + 1;
    const same = next < HOURS_PER_DAY && sameRatesAsNext[h] === 1 && link.capacityBytesPerSecond[next] === link.capacityBytesPerSecond[h];
    stretchEnd[h] = same ? stretchEnd[next]! : next;
  }

  /**
   * A cheap necessary condition for two period starts to be the same state, computed from running
   * totals: raw bytes written but not yet cut, wire bytes cut but not yet delivered, logs queued
   * and on the wire. A growing backlog changes it every period, so no full comparison is tried.
   */
  const signature = new Float64Array(4);
  const previousSignature = new Float64Array(4);
  const writeSignature = (p: number, day: number) => {
    const hour = ((p - dayStart) / SECONDS_PER_HOUR) | 0;
    const written = day * totalPerDay + totalCumulative[hour]! + totalRate[hour]! * (p - dayStart - hour * SECONDS_PER_HOUR);
    previousSignature.set(signature);
    signature[0] = written - initialCutF - cutRaw;
    signature[1] = cutRaw * wireRatio - deliveredWire;
    signature[2] = wire.queued;
    signature[3] = wire.active;
    return written;
  };
  const sameSignature = (scale: number) => {
    const tolerance = 1e-9 * scale + 1;
    return (
      Math.abs(signature[0]! - previousSignature[0]!) <= tolerance &&
      Math.abs(signature[1]! - previousSignature[1]!) <= tolerance &&
      signature[2] === previousSignature[2] &&
      signature[3] === previousSignature[3]
    );
  };
  /** Settle the counts at period start `p`, take its full state and the day figures it starts from. */
  const arm = (p: number, day: number, into: number) => {
    settleTo(p);
    const size = writePeriodState(into, p, day);
    missedBefore.set(missed);
    if (detail) integralBefore.set(rpoIntegral);
    if (missedByHourBefore) missedByHourBefore.set(missedByHour!);
    return size;
  };

  /**
   * Simulate one day, period by period, skipping periods that repeat within a stretch of equal
   * hours. The full state is taken at the first two period starts of a stretch (where light
   * plans start repeating) and later only when the cheap signature says the last two periods
   * started alike.
   */
  const runDay = (day: number): boolean => {
    for (let pi = 0; pi < PERIODS_PER_DAY; ) {
      const hour = (pi / PERIODS_PER_HOUR) | 0;
      const end = stretchEnd[hour]! * PERIODS_PER_HOUR;
      if (!periodsRepeat || !evenHour[hour]) {
        if (!runTicks(day, pi * TICKS_PER_PERIOD, end * TICKS_PER_PERIOD)) return false;
        pi = end;
        continue;
      }
      const first = pi;
      const p0 = dayStart + pi * PERIOD_SECONDS;
      writeSignature(p0, day);
      stateSize = arm(p0, day, 0);
      let armed = true; // buffer 0 holds the full start state of period `pi`
      while (pi < end) {
        const p = dayStart + pi * PERIOD_SECONDS;
        const deliveredBefore = deliveredToday;
        if (!runTicks(day, pi * TICKS_PER_PERIOD, (pi + 1) * TICKS_PER_PERIOD)) return false;
        pi++;
        if (pi === end) break;
        const pNext = p + PERIOD_SECONDS;
        const written = writeSignature(pNext, day);
        const promising = pi - first < 2 || sameSignature(written);
        if (armed) {
          // Does the next period start as this one did? Then the rest of the stretch repeats it.
          settleTo(pNext);
          const size = writePeriodState(1, pNext, day);
          if (samePeriodState(size)) {
            skipRepeats(p, pi, end, deliveredToday - deliveredBefore);
            pi = end;
            break;
          }
          if (promising) {
            // The next period is the new candidate: its state is already taken.
            periodState.reverse();
            stateSize = size;
            missedBefore.set(missed);
            if (detail) integralBefore.set(rpoIntegral);
            if (missedByHourBefore) missedByHourBefore.set(missedByHour!);
          }
        } else if (promising) {
          stateSize = arm(pNext, day, 0);
        }
        armed = promising;
      }
    }
    return true;
  };


  const snapshot = () => {
    // Everything that decides the future, relative to the current day start.
    const qSize = wire.queued;
    const s = new Float64Array(n * 6 + qSize + 1);
    for (let i = 0; i < n; i++) {
      const o = i * 6;
      s[o] = status[i]!;
      s[o + 1] = lastCut[i]! - dayStart;
      s[o + 2] = lastDelivered[i]! - dayStart;
      if (status[i]) {
        s[o + 3] = copies.outCut[i]! - dayStart;
        s[o + 4] = outFirstBoundary[i]! - dayStart;
        s[o + 5] = copies.outstandingWire(i, wire);
      }
    }
    for (let k = 0; k < qSize; k++) s[n * 6 + k] = wire.queuedAt(k);
    s[n * 6 + qSize] = qSize;
    return s;
  };
  const sameState = (a: Float64Array, b: Float64Array) => {
    if (a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) {
      const x = a[k]!;
      const y = b[k]!;
      if (Math.abs(x - y) > 1e-6 * Math.max(1, Math.abs(x))) return false;
    }
    return true;
  };

  // Conservation: the backlog grows by exactly (wire bytes written − wire bytes delivered) a day.
  const dailyWire = vms.reduce((s, vm) => s + vm.rawBytesPerDay * vm.count, 0) * wireRatio;
  const deficits: number[] = [];
  // Below the daily volume the backlog must grow, whatever the days look like.
  let deliverablePerDay = 0;
  for (let h = 0; h < HOURS_PER_DAY; h++) {
    deliverablePerDay += Math.min(link.capacityBytesPerSecond[h]!, link.maxActiveTransfers * link.streamCapBytesPerSecond) * SECONDS_PER_HOUR;
  }
  const cannotKeepUp = deliverablePerDay < dailyWire * (1 - 1e-12);
  let stable = false;
  let complete = true;
  let days = 0;
  let startState = snapshot();
  let yesterdayState: Float64Array | null = null;
  let previousDay: Float64Array[] | null = null;
  const dayStats = () => [worst, rpoIntegral, missed, cycles, maxDelay, breachAt, breachDelay, peakPending, largestLog];
  const saveDay = () => dayStats().map((a) => a.slice());
  /** Take into `into` (a day's figures) the worse of its peaks and `other`'s; with `average`, the mean of the two average lags. */
  const mergeWorse = (into: Float64Array[], other: Float64Array[], average: boolean) => {
    const [w, integral, m, , delay, at, atDelay, pending, largest] = into as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    const [w2, integral2, m2, , delay2, at2, atDelay2, pending2, largest2] = other as typeof into;
    for (let i = 0; i < n; i++) {
      w[i] = Math.max(w[i]!, w2![i]!);
      if (average) integral[i] = (integral[i]! + integral2![i]!) / 2;
      m[i] = Math.max(m[i]!, m2![i]!);
      delay[i] = Math.max(delay[i]!, delay2![i]!);
      at[i] = Math.min(at[i]!, at2![i]!);
      atDelay[i] = Math.max(atDelay[i]!, atDelay2![i]!);
      pending[i] = Math.max(pending[i]!, pending2![i]!);
      largest[i] = Math.max(largest[i]!, largest2![i]!);
    }
  };
  // Peaks of the days before the reported one (the way from 00:00 of day 1 to the repeating day):
  // a searched requirement fails on any of them, so the reported figures include them too.
  let earlierPeaks: Float64Array[] | null = null;

  for (let day = 0; day < MAX_DAYS; day++) {
    days = day + 1;
    dayStart = day * SECONDS_PER_DAY;
    const dayEnd = dayStart + SECONDS_PER_DAY;
    worst.fill(0);
    rpoIntegral.fill(0);
    missed.fill(0);
    for (let i = 0; i < n; i++) cycles[i] = SECONDS_PER_DAY / T[i]!; // every boundary of the day
    maxDelay.fill(0);
    breachAt.fill(Infinity);
    breachDelay.fill(0);
    largestLog.fill(0);
    missedByHour?.fill(0);
    deliveredToday = 0;
    if (series) {
      series.deliveredBytes.fill(0);
      series.worstRpoSeconds.fill(0);
      series.worstRpoVm.fill(0);
    }
    step = 0;
    for (let i = 0; i < n; i++) {
      rpoFrom[i] = dayStart;
      noteRpo(i, dayStart - lastDelivered[i]!);
      peakPending[i] = copies.pendingRaw(i, F(i, dayStart));
    }
    if (failed) return ABORTED;
    if (!runDay(day)) return ABORTED;

    // End of day: missed cycles, lag, overdue boundaries and pending logs as they stand at 24:00.
    step = STEPS_PER_DAY - 1;
    countAllMissed(dayEnd);
    for (let i = 0; i < n; i++) {
      integrateRpo(i, dayEnd);
      noteRpo(i, dayEnd - lastDelivered[i]!);
      const firstUndelivered = copies.firstUndelivered(i);
      if (firstUndelivered < dayEnd) noteDelay(i, firstUndelivered, dayEnd - firstUndelivered);
      const pending = copies.pendingRaw(i, F(i, dayEnd));
      if (pending > peakPending[i]!) peakPending[i] = pending;
      if (detail) {
        // [0] = the first day's end, [1] = the latest: growth is averaged over the days between.
        notePending(i, pending, dayEnd);
        pendingEnd[day === 0 ? 0 : 1][i] = pending;
        lagEnd[day === 0 ? 0 : 1][i] = dayEnd - lastDelivered[i]!;
      }
    }
    if (failed) return ABORTED;

    // Converged when tomorrow starts exactly as today did (or as yesterday did: a two-day rhythm).
    const twoDaysAgo = yesterdayState;
    yesterdayState = startState;
    dayStart = dayEnd;
    startState = snapshot();
    dayStart = dayEnd - SECONDS_PER_DAY;
    if (sameState(yesterdayState, startState)) {
      stable = true;
      break;
    }
    if (twoDaysAgo !== null && previousDay && sameState(twoDaysAgo, startState)) {
      // Days alternate: report the worse of the two for every figure.
      mergeWorse(dayStats(), previousDay, true);
      stable = true;
      break;
    }
    previousDay = saveDay();
    if (earlierPeaks) mergeWorse(earlierPeaks, previousDay, false);
    else earlierPeaks = saveDay();
    // Not repeating yet: unstable if the days after the first delivered less than was written.
    // Averaged over those six days, with a tolerance of 0.25 % of a day's writes (≈ 4 minutes):
    // a loaded plan's backlog can slosh irregularly between days without growing.
    deficits.push(dailyWire - deliveredToday);
    const recent = deficits.slice(1);
    const meanDeficit = recent.reduce((a, b) => a + b, 0) / Math.max(1, recent.length);
    if (day === MAX_DAYS - 1) {
      stable = !cannotKeepUp && meanDeficit <= 2.5e-3 * dailyWire + 1;
    } else if (opts.earlyUnstableExit && day >= 2 && Math.min(...deficits.slice(-2)) > 1e-2 * dailyWire) {
      // Two days in a row well short of the writes: it will not settle.
      stable = false;
      complete = false;
      break;
    }
  }
  let reportedDayWorst = 0;
  for (let i = 0; i < n; i++) reportedDayWorst = Math.max(reportedDayWorst, worst[i]!);
  if (earlierPeaks) mergeWorse(dayStats(), earlierPeaks, false);

  function sampleStep(tEnd: number) {
    // Overdue wire bytes: undelivered logs plus writes before a boundary that passed uncut.
    let backlog = 0;
    let worstNow = series!.worstRpoSeconds[step]!;
    let worstVm = series!.worstRpoVm[step]!;
    // Every copy of a frequency shares its last boundary: place it (and tEnd) in the day once.
    for (let f = 0; f < frequencies.length; f++) {
      const T = frequencies[f]!;
      placeInDay(sampleAt, f, Math.floor((tEnd - TICK_SECONDS) / T) * T);
    }
    const now = frequencies.length;
    placeInDay(sampleAt, now, tEnd);
    for (let i = 0; i < n; i++) {
      backlog += copies.outstandingWire(i, wire);
      const f = frequencyOf[i]!;
      if (sampleAt.time[f]! > lastCut[i]!) backlog += (writtenAt(i, sampleAt, f) - lastCutF[i]!) * wireRatio;
      if (resyncAt[i] === Infinity && resyncLimit[i]! > 0) notePending(i, copies.pendingRaw(i, writtenAt(i, sampleAt, now)), tEnd);
      const rpo = tEnd - lastDelivered[i]!;
      if (rpo > worstNow) {
        worstNow = rpo;
        worstVm = vmOf[i]!;
      }
    }
    series!.backlogBytes[step] = backlog;
    lastPendingCheck = tEnd;
    series!.worstRpoSeconds[step] = worstNow;
    series!.worstRpoVm[step] = worstVm;
  }

  const day = { worst, rpoIntegral, missed, cycles, maxDelay, breachAt, breachDelay, peakPending, largestLog, missedByHour };
  const dailyRaw = Float64Array.from({ length: n }, (_, i) => perDay[i]!);
  const growth = detail ? unboundedGrowth({ stable, days, resyncAt, resyncLimit, pendingEnd, lagEnd, breachEver, dailyRaw }) : null;
  return summarise(vms, vmOf, day, { stable, complete, days, series, growth, reportedDayWorst, perVm: opts.perVm ?? true });
}

/** A few times placed in their day and hour (`placeInDay`), for F of many copies at each. */
interface PlacedTimes {
  time: Float64Array;
  day: Float64Array;
  hour: Int32Array;
  inHour: Float64Array;
}

function placedTimes(size: number): PlacedTimes {
  return { time: new Float64Array(size), day: new Float64Array(size), hour: new Int32Array(size), inHour: new Float64Array(size) };
}

/** Place time `t` at slot `k`: its day, hour and seconds into the hour, computed as rawWrittenUntil does. */
function placeInDay(at: PlacedTimes, k: number, t: number): void {
  const day = Math.floor(t / SECONDS_PER_DAY);
  const inDay = t - day * SECONDS_PER_DAY;
  const hour = Math.min(HOURS_PER_DAY - 1, Math.floor(inDay / SECONDS_PER_HOUR));
  at.time[k] = t;
  at.day[k] = day;
  at.hour[k] = hour;
  at.inHour[k] = inDay - hour * SECONDS_PER_HOUR;
}
