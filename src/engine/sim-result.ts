import type { LinkModel, VmModel } from './model';
import { HOURS_PER_DAY, SECONDS_PER_DAY } from './units';

export interface SimOptions {
  vms: readonly VmModel[];
  link: LinkModel;
  /** Wire bytes ÷ raw bytes. */
  wireRatio: number;
  failureWindowSeconds: number;
  /** Replaces every VM's frequency (the extended hop runs at its own frequency). */
  frequencyOverride?: number;
  /** Search mode: stop at the first missed cycle / breach / lag above this many seconds. */
  abortOn?: { missedCycle?: boolean; breach?: boolean; rpoAboveSeconds?: number };
  /**
   * Collect everything for the reported day: series, per-hour missed cycles, average lag and
   * pending-log peaks. Without it (searches, what-if points) only the lag peaks, cycles, breaches
   * and stability are measured — they are all a search needs.
   */
  detail?: boolean;
  /** Stop after a few days when the backlog clearly grows each day (searches need only the verdict). */
  earlyUnstableExit?: boolean;
  /** False: leave out the per-VM figures (`vms` is empty); a search or what-if point reads only the plan's. */
  perVm?: boolean;
}

/** Reported-day statistics of one plan VM: the worst of its copies. */
export interface SimVmStats {
  worstRpoSeconds: number;
  averageRpoSeconds: number;
  missedCycles: number;
  cycles: number;
  maxCycleDelaySeconds: number;
  breachAtSeconds: number | null;
  breachDelaySeconds: number;
  peakPendingLogBytes: number;
  largestLogBytes: number;
  /** Copies of this VM whose cycles breached the failure window in the reported day. */
  copiesBreaching: number;
  /** Sums over all copies (a group counts like its copies in plan totals). */
  totalPeakPendingLogBytes: number;
  totalLargestLogBytes: number;
  /** Missed boundaries per hour of the reported day (worst copy per hour); detail mode only. */
  missedByHour: number[] | null;
  /** SPEC §5.3a (detail mode): seconds from the start until the first copy's pending log passes 50 % of its replicated size; null = not while the backlog stays bounded. */
  resyncAfterSeconds: number | null;
  /** Growth of the worst copy's lag per day when the plan is unstable (0 when stable), seconds per day. */
  rpoGrowthSecondsPerDay: number;
  /** First failure-window breach since the start of replication (00:00 of day 1), seconds; null = none. */
  firstBreachFromStartSeconds: number | null;
}

/** Per-copy unbounded-growth figures of a detailed run (SPEC §5.3a). */
export interface CopyGrowth {
  /** Infinity = never. */
  resyncAfter: Float64Array;
  lagPerDay: Float64Array;
  /** Infinity = never. */
  breachEver: Float64Array;
}

export interface SimSeries {
  deliveredBytes: Float64Array;
  backlogBytes: Float64Array;
  worstRpoSeconds: Float64Array;
  worstRpoVm: Int32Array;
}

export interface SimResult {
  /** The run stopped early on an `abortOn` condition: the candidate fails. */
  aborted: boolean;
  /** Ran until the state repeated or for all 7 days: every field is meaningful. */
  complete: boolean;
  stable: boolean;
  days: number;
  vms: SimVmStats[];
  worstRpoSeconds: number;
  worstVmIndex: number;
  averageRpoSeconds: number;
  cycles: number;
  missedCycles: number;
  vmsBreaching: number;
  firstBreachSeconds: number | null;
  firstBreachVmIndex: number;
  /** Worst lag of the reported (repeating) day alone; below worstRpoSeconds when a day on the way to it was worse. */
  reportedDayWorstRpoSeconds: number;
  series: SimSeries | null;
}

export const ABORTED: SimResult = {
  aborted: true,
  complete: false,
  stable: false,
  days: 0,
  vms: [],
  worstRpoSeconds: Infinity,
  worstVmIndex: -1,
  averageRpoSeconds: Infinity,
  cycles: 0,
  missedCycles: 0,
  vmsBreaching: 0,
  firstBreachSeconds: null,
  firstBreachVmIndex: -1,
  reportedDayWorstRpoSeconds: Infinity,
  series: null,
};

/** Per-copy figures of the reported day, indexed by copy. */
export interface DayStats {
  worst: Float64Array;
  rpoIntegral: Float64Array;
  missed: Float64Array;
  cycles: Float64Array;
  maxDelay: Float64Array;
  breachAt: Float64Array;
  breachDelay: Float64Array;
  peakPending: Float64Array;
  largestLog: Float64Array;
  missedByHour: Float64Array | null;
}

/** Fold the copies into one entry per plan VM (worst copy; sums for plan totals) and plan aggregates. */
export function summarise(
  vms: readonly VmModel[],
  vmOf: Int32Array,
  day: DayStats,
  run: { stable: boolean; complete: boolean; days: number; series: SimSeries | null; growth?: CopyGrowth | null; reportedDayWorst?: number; perVm?: boolean },
): SimResult {
  const { worst, rpoIntegral, missed, cycles, maxDelay, breachAt, breachDelay, peakPending, largestLog, missedByHour } = day;
  const { stable, complete, days, series } = run;
  const n = vmOf.length;
  const stats: SimVmStats[] = (run.perVm ?? true ? vms : []).map(() => ({
    worstRpoSeconds: 0,
    averageRpoSeconds: 0,
    missedCycles: 0,
    cycles: 0,
    maxCycleDelaySeconds: 0,
    breachAtSeconds: null,
    breachDelaySeconds: 0,
    peakPendingLogBytes: 0,
    largestLogBytes: 0,
    copiesBreaching: 0,
    totalPeakPendingLogBytes: 0,
    totalLargestLogBytes: 0,
    missedByHour: missedByHour ? new Array<number>(HOURS_PER_DAY).fill(0) : null,
    resyncAfterSeconds: null,
    rpoGrowthSecondsPerDay: 0,
    firstBreachFromStartSeconds: null,
  }));
  let worstAll = -1;
  let worstVmIndex = 0;
  let avgSum = 0;
  let cyclesAll = 0;
  let missedAll = 0;
  let breaching = 0;
  let firstBreach: number | null = null;
  let firstBreachVm = -1;
  /** Copy i into its VM's figures (the worst of its copies; averages and totals over them). */
  const addCopy = (s: SimVmStats, i: number, count: number) => {
    s.worstRpoSeconds = Math.max(s.worstRpoSeconds, worst[i]!);
    s.averageRpoSeconds += rpoIntegral[i]! / SECONDS_PER_DAY / count;
    s.missedCycles = Math.max(s.missedCycles, missed[i]!);
    s.cycles = Math.max(s.cycles, cycles[i]!);
    s.maxCycleDelaySeconds = Math.max(s.maxCycleDelaySeconds, maxDelay[i]!);
    s.peakPendingLogBytes = Math.max(s.peakPendingLogBytes, peakPending[i]!);
    s.largestLogBytes = Math.max(s.largestLogBytes, largestLog[i]!);
    s.totalPeakPendingLogBytes += peakPending[i]!;
    s.totalLargestLogBytes += largestLog[i]!;
    if (missedByHour && s.missedByHour) {
      for (let h = 0; h < HOURS_PER_DAY; h++) {
        s.missedByHour[h] = Math.max(s.missedByHour[h]!, missedByHour[i * HOURS_PER_DAY + h]!);
      }
    }
    if (breachAt[i]! !== Infinity) {
      s.copiesBreaching++;
      if (s.breachAtSeconds === null || breachAt[i]! < s.breachAtSeconds) s.breachAtSeconds = breachAt[i]!;
      s.breachDelaySeconds = Math.max(s.breachDelaySeconds, breachDelay[i]!);
    }
    const growth = run.growth;
    if (growth) {
      const resync = growth.resyncAfter[i]!;
      if (resync !== Infinity && (s.resyncAfterSeconds === null || resync < s.resyncAfterSeconds)) s.resyncAfterSeconds = resync;
      s.rpoGrowthSecondsPerDay = Math.max(s.rpoGrowthSecondsPerDay, growth.lagPerDay[i]!);
      const ever = growth.breachEver[i]!;
      if (ever !== Infinity && (s.firstBreachFromStartSeconds === null || ever < s.firstBreachFromStartSeconds)) s.firstBreachFromStartSeconds = ever;
    }
  };
  for (let i = 0; i < n; i++) {
    const v = vmOf[i]!;
    const s = stats[v];
    if (s) addCopy(s, i, vms[v]!.count);
    if (breachAt[i]! !== Infinity) {
      breaching++;
      if (firstBreach === null || breachAt[i]! < firstBreach) {
        firstBreach = breachAt[i]!;
        firstBreachVm = v;
      }
    }
    if (worst[i]! > worstAll) {
      worstAll = worst[i]!;
      worstVmIndex = v;
    }
    avgSum += rpoIntegral[i]! / SECONDS_PER_DAY;
    cyclesAll += cycles[i]!;
    missedAll += missed[i]!;
  }
  return {
    aborted: false,
    complete,
    stable,
    days,
    vms: stats,
    worstRpoSeconds: Math.max(0, worstAll),
    worstVmIndex,
    averageRpoSeconds: n ? avgSum / n : 0,
    cycles: cyclesAll,
    missedCycles: missedAll,
    vmsBreaching: breaching,
    firstBreachSeconds: firstBreach,
    firstBreachVmIndex: firstBreachVm,
    reportedDayWorstRpoSeconds: Math.max(0, Math.min(worstAll, run.reportedDayWorst ?? worstAll)),
    series,
  };
}
