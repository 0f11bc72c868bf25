import { rawWrittenUntil, STEP_SECONDS as SHAPE_STEP_SECONDS, STEPS_PER_HOUR as SHAPE_STEPS_PER_HOUR, type VmModel } from './model';
import { ABORTED, summarise, type CopyGrowth, type SimOptions, type SimResult, type SimSeries } from './sim-result';
import { Transfers } from './transfers';

export type { SimOptions, SimResult, SimSeries, SimVmStats } from './sim-result';
import { HOURS_PER_DAY, SECONDS_PER_DAY, SECONDS_PER_HOUR } from './units';

/**
 * The cycle simulation of SPEC §5.3, exact in the fluid sense: between events every rate is
 * constant, so delivery times are computed, not stepped. Events are the 30-second grid (every
 * frequency and hour boundary lies on it) and transfer completions.
 * The queue and the wire are in `transfers.ts`.
 */

const TICK_SECONDS = 30;
const TICKS_PER_DAY = SECONDS_PER_DAY / TICK_SECONDS;
const TICKS_PER_HOUR = SECONDS_PER_HOUR / TICK_SECONDS;
/** Series resolution: one point per 5 minutes. */
export const SERIES_STEP_SECONDS = 300;
const TICKS_PER_STEP = SERIES_STEP_SECONDS / TICK_SECONDS;
const STEPS_PER_DAY = SECONDS_PER_DAY / SERIES_STEP_SECONDS;
export const MAX_DAYS = 7;

/** Run the cycle simulation day by day until a day repeats the previous one (≤ 7 days). */
export function simulate(opts: SimOptions): SimResult {
  const { vms, link, wireRatio, failureWindowSeconds: W } = opts;
  const abort = opts.abortOn ?? {};
  const rpoLimit = abort.rpoAboveSeconds ?? Infinity;
  const detail = opts.detail ?? false;

  // Expand groups into copies, in plan order (FIFO ties break by plan order).
  const n = vms.reduce((s, vm) => s + vm.count, 0);
  const vmOf = new Int32Array(n);
  const T = new Float64Array(n);
  for (let v = 0, i = 0; v < vms.length; v++) {
    for (let c = 0; c < vms[v]!.count; c++, i++) {
      vmOf[i] = v;
      T[i] = opts.frequencyOverride ?? vms[v]!.frequencySeconds;
    }
  }
  // Copies due at a tick: every 30 s tick → T = 30; every 10th → T ≤ 300; every 30th → all.
  const dueAll = Int32Array.from({ length: n }, (_, i) => i);
  const due300 = dueAll.filter((i) => T[i]! <= 300);
  const due30 = dueAll.filter((i) => T[i]! <= 30);
  // Nothing happens between multiples of the shortest frequency (hours are multiples too), so
  // step by it; detail mode keeps 5-minute steps for the series.
  const shortest = n ? Math.min(...T) : 900;
  const stride = Math.min(shortest, detail ? SERIES_STEP_SECONDS : shortest) / TICK_SECONDS;
  // Raw bytes written by copy i from time 0 to t (the hot path keeps flat arrays, not objects).
  const perDay = new Float64Array(n);
  const rate = new Float64Array(n * HOURS_PER_DAY);
  const cumulative = new Float64Array(n * HOURS_PER_DAY);
  // A VM with a within-hour shape (schema v3: a measured burst) writes by 5-minute steps instead.
  const shaped: (VmModel | null)[] = new Array<VmModel | null>(n).fill(null);
  for (let i = 0; i < n; i++) {
    const vm = vms[vmOf[i]!]!;
    perDay[i] = vm.rawBytesPerDay;
    if (vm.stepRate) shaped[i] = vm;
    for (let h = 0; h < HOURS_PER_DAY; h++) {
      rate[i * HOURS_PER_DAY + h] = vm.rawRate[h]!;
      cumulative[i * HOURS_PER_DAY + h] = vm.rawCumulative[h]!;
    }
  }
  /** F at a time known to lie in day `d`, hour `h`, `s` seconds into that hour. */
  const Fat = (i: number, d: number, h: number, s: number) => {
    const vm = shaped[i];
    if (vm) {
      const k = h * SHAPE_STEPS_PER_HOUR + Math.min(SHAPE_STEPS_PER_HOUR - 1, Math.floor(s / SHAPE_STEP_SECONDS));
      return d * perDay[i]! + vm.stepCumulative![k]! + vm.stepRate![k]! * (s - (k - h * SHAPE_STEPS_PER_HOUR) * SHAPE_STEP_SECONDS);
    }
    return d * perDay[i]! + cumulative[i * HOURS_PER_DAY + h]! + rate[i * HOURS_PER_DAY + h]! * s;
  };
  const F = (i: number, t: number) => rawWrittenUntil(vms[vmOf[i]!]!, t);
  const lastCutF = new Float64Array(n); // F(lastCut), kept so each cut evaluates F once

  // Per-copy state.
  const lastCut = new Float64Array(n); // start of the current log
  const lastDelivered = new Float64Array(n); // cut time of the last delivered log
  const status = new Uint8Array(n); // 0 none outstanding, 1 queued, 2 in transfer
  const outCut = new Float64Array(n);
  const outFirstBoundary = new Float64Array(n); // earliest boundary whose data the log carries
  const outRaw = new Float64Array(n);
  const outWire = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // 00:00 of day 1 looks like a healthy steady state: data as of −T is on the replica.
    lastCut[i] = -T[i]!;
    lastDelivered[i] = -T[i]!;
    lastCutF[i] = F(i, -T[i]!);
  }
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
  const resyncLimit = Float64Array.from({ length: n }, (_, i) => 0.5 * vms[vmOf[i]!]!.replicatedSizeBytes);
  const resyncAt = new Float64Array(n).fill(Infinity);
  const breachEver = new Float64Array(n).fill(Infinity);
  const pendingEnd: [Float64Array, Float64Array] = [new Float64Array(n), new Float64Array(n)];
  const lagEnd: [Float64Array, Float64Array] = [new Float64Array(n), new Float64Array(n)];
  /** `pending` raw bytes at `at`: when above the limit for the first time, back-date the crossing along the current write rate. */
  const notePending = (i: number, pending: number, at: number) => {
    if (!(pending > resyncLimit[i]! && resyncLimit[i]! > 0 && at < resyncAt[i]!)) return;
    const writeRate = rate[i * HOURS_PER_DAY + tickHour]!;
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
  let dayEnd: number; // set at the start of each simulated day
  let tickDay = 0;
  let tickHour = 0;
  let tickHourStart = 0;
  let failed = false;
  let step = 0;

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
    if (delay > W) {
      // A breach begins at b + window; one still going on at 00:00 begins at 00:00.
      const at = Math.max(firstBoundary + W, dayStart) - dayStart;
      if (at < breachAt[i]!) breachAt[i] = at;
      if (firstBoundary + W < breachEver[i]!) breachEver[i] = Math.max(0, firstBoundary + W);
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
  const deliver = (i: number, now: number) => {
    if (detail) integrateRpo(i, now);
    noteRpo(i, now - lastDelivered[i]!);
    noteDelay(i, outFirstBoundary[i]!, now - outFirstBoundary[i]!);
    if (detail) {
      // `now` lies within the current tick's hour (or exactly at its end: F is continuous).
      const pending = outRaw[i]! + Fat(i, tickDay, tickHour, now - tickHourStart) - lastCutF[i]!;
      if (pending > peakPending[i]!) peakPending[i] = pending;
      notePending(i, pending, now);
    }
    lastDelivered[i] = outCut[i]!;
    status[i] = 0;
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
        s[o + 3] = outCut[i]! - dayStart;
        s[o + 4] = outFirstBoundary[i]! - dayStart;
        s[o + 5] = status[i] === 2 ? wire.remaining(i) : outWire[i]!;
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
  let deliveredToday: number; // reset at the start of each simulated day
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
  const mergeWorse = (other: Float64Array[]) => {
    const [w, integral, m, , delay, at, atDelay, pending, largest] = other as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    for (let i = 0; i < n; i++) {
      worst[i] = Math.max(worst[i]!, w[i]!);
      rpoIntegral[i] = (rpoIntegral[i]! + integral[i]!) / 2;
      missed[i] = Math.max(missed[i]!, m[i]!);
      maxDelay[i] = Math.max(maxDelay[i]!, delay[i]!);
      breachAt[i] = Math.min(breachAt[i]!, at[i]!);
      breachDelay[i] = Math.max(breachDelay[i]!, atDelay[i]!);
      peakPending[i] = Math.max(peakPending[i]!, pending[i]!);
      largestLog[i] = Math.max(largestLog[i]!, largest[i]!);
    }
  };

  for (let day = 0; day < MAX_DAYS; day++) {
    days = day + 1;
    dayStart = day * SECONDS_PER_DAY;
    dayEnd = dayStart + SECONDS_PER_DAY;
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
      peakPending[i] = (status[i] ? outRaw[i]! : 0) + F(i, dayStart) - lastCutF[i]!;
    }
    if (failed) return ABORTED;

    for (let k = 0; k < TICKS_PER_DAY; k += stride) {
      const t = dayStart + k * TICK_SECONDS;
      const hour = (k / TICKS_PER_HOUR) | 0;
      tickDay = day;
      tickHour = hour;
      tickHourStart = dayStart + hour * SECONDS_PER_HOUR;
      const inHour = t - tickHourStart;
      step = (k / TICKS_PER_STEP) | 0;
      const due = k % 30 === 0 ? dueAll : k % 10 === 0 ? due300 : due30;
      for (let d = 0; d < due.length; d++) {
        const i = due[d]!;
        if (status[i]) {
          // [HEALTH2] still sending: the cycle is missed, writes keep going into the current log.
          missed[i] = missed[i]! + 1;
          if (missedByHour) missedByHour[i * HOURS_PER_DAY + hour] = missedByHour[i * HOURS_PER_DAY + hour]! + 1;
          if (abort.missedCycle) return ABORTED;
          continue;
        }
        const cutF = Fat(i, day, hour, inHour);
        const raw = cutF - lastCutF[i]!;
        lastCutF[i] = cutF;
        outRaw[i] = raw;
        outWire[i] = raw * wireRatio;
        outCut[i] = t;
        outFirstBoundary[i] = lastCut[i]! + T[i]!;
        lastCut[i] = t;
        status[i] = 1;
        if (raw > largestLog[i]!) largestLog[i] = raw;
        wire.enqueue(i);
      }
      wire.fill(outWire, status);

      // Advance to the next tick, delivering whatever completes on the way.
      const tEnd = t + stride * TICK_SECONDS;
      const capacity = link.capacityBytesPerSecond[hour]!;
      let now = t;
      while (wire.active > 0) {
        const active = wire.active;
        const rate = Math.min(streamCap, capacity / active);
        const need = wire.nextNeed();
        if (rate > 0 && now + need / rate <= tEnd) {
          deliveredToday += need * active;
          if (series) series.deliveredBytes[step] = series.deliveredBytes[step]! + need * active;
          now += need / rate;
          wire.advanceToNext();
          while (wire.frontDone()) deliver(wire.pop(), now);
          if (failed) return ABORTED;
          wire.fill(outWire, status);
        } else {
          if (rate > 0) {
            wire.V += rate * (tEnd - now);
            deliveredToday += rate * active * (tEnd - now);
            if (series) series.deliveredBytes[step] = series.deliveredBytes[step]! + rate * active * (tEnd - now);
          }
          break;
        }
      }
      if (series && (k + stride) % TICKS_PER_STEP === 0) sampleStep(tEnd);
    }

    // End of day: lag, overdue boundaries and pending logs as they stand at 24:00.
    for (let i = 0; i < n; i++) {
      integrateRpo(i, dayEnd);
      noteRpo(i, dayEnd - lastDelivered[i]!);
      const firstUndelivered = status[i] ? outFirstBoundary[i]! : lastCut[i]! + T[i]!;
      if (firstUndelivered < dayEnd) noteDelay(i, firstUndelivered, dayEnd - firstUndelivered);
      const pending = (status[i] ? outRaw[i]! : 0) + F(i, dayEnd) - lastCutF[i]!;
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
      mergeWorse(previousDay);
      stable = true;
      break;
    }
    previousDay = saveDay();
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

  function sampleStep(tEnd: number) {
    // Overdue wire bytes: undelivered logs plus writes before a boundary that passed uncut.
    let backlog = 0;
    let worstNow = series!.worstRpoSeconds[step]!;
    let worstVm = series!.worstRpoVm[step]!;
    for (let i = 0; i < n; i++) {
      if (status[i] === 2) backlog += wire.remaining(i);
      else if (status[i] === 1) backlog += outWire[i]!;
      const lastBoundary = Math.floor((tEnd - TICK_SECONDS) / T[i]!) * T[i]!;
      if (lastBoundary > lastCut[i]!) backlog += (F(i, lastBoundary) - lastCutF[i]!) * wireRatio;
      if (resyncAt[i] === Infinity && resyncLimit[i]! > 0) notePending(i, (status[i] ? outRaw[i]! : 0) + F(i, tEnd) - lastCutF[i]!, tEnd);
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
  return summarise(vms, vmOf, day, { stable, complete, days, series, growth });
}

/** Beyond this a resync is reported as none: the pending log grows too slowly to matter. */
const RESYNC_HORIZON_SECONDS = 3650 * SECONDS_PER_DAY;

/**
 * SPEC §5.3a, per copy: when Hyper-V would demand a resync (pending log first above 50 % of the
 * replicated size — seen in the run, else extrapolated linearly at the pending log's mean growth per
 * day from the first day's end to the last), and the lag's mean growth per day when unstable. A copy
 * whose pending log grows by less than the instability tolerance (0.25 % of its daily writes) is
 * not growing.
 */
function unboundedGrowth(run: {
  stable: boolean;
  days: number;
  resyncAt: Float64Array;
  resyncLimit: Float64Array;
  pendingEnd: [Float64Array, Float64Array];
  lagEnd: [Float64Array, Float64Array];
  breachEver: Float64Array;
  dailyRaw: Float64Array;
}): CopyGrowth {
  const n = run.resyncAt.length;
  const resyncAfter = new Float64Array(n).fill(Infinity);
  const lagPerDay = new Float64Array(n);
  const horizon = run.days * SECONDS_PER_DAY;
  const span = run.days - 1;
  for (let i = 0; i < n; i++) {
    if (run.resyncAt[i]! !== Infinity) resyncAfter[i] = run.resyncAt[i]!;
    if (run.stable || span < 1) continue;
    const perDay = (run.pendingEnd[1][i]! - run.pendingEnd[0][i]!) / span;
    if (perDay <= 2.5e-3 * run.dailyRaw[i]!) continue;
    lagPerDay[i] = Math.max(0, (run.lagEnd[1][i]! - run.lagEnd[0][i]!) / span);
    if (resyncAfter[i] === Infinity && run.resyncLimit[i]! > 0) {
      const at = horizon + ((run.resyncLimit[i]! - run.pendingEnd[1][i]!) / perDay) * SECONDS_PER_DAY;
      if (at <= RESYNC_HORIZON_SECONDS) resyncAfter[i] = at;
    }
  }
  return { resyncAfter, lagPerDay, breachEver: run.breachEver };
}
