/**
 * SPEC §5.3a for the day simulation (`simulate.ts`, detail mode): from the pending logs and lags at
 * the ends of the simulated days, each copy's resync time and lag growth per day.
 */
import type { CopyGrowth } from './sim-result';
import { SECONDS_PER_DAY } from './units';

/** Beyond this a resync is reported as none: the pending log grows too slowly to matter. */
const RESYNC_HORIZON_SECONDS = 3650 * SECONDS_PER_DAY;

/**
 * SPEC §5.3a, per copy: when Hyper-V would demand a resync (pending log first above 50 % of the
 * replicated size — seen in the run, else extrapolated linearly at the pending log's mean growth per
 * day from the first day's end to the last), and the lag's mean growth per day when unstable. A copy
 * whose pending log grows by less than the instability tolerance (0.25 % of its daily writes) is
 * not growing.
 */
export function unboundedGrowth(run: {
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

