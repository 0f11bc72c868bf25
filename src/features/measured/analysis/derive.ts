/**
 * Measured series → the plan's own terms: per VM a daily churn, a 24-hour profile, the shape of
 * each busy hour in 5-minute steps (so a 20-minute burst stays a burst) and the split between its
 * disks — all taken from the same day, so the parts agree.
 *
 * The day is chosen per hour of the day, over the measured calendar days (all, or Monday–Friday):
 * - `percentile`: that hour on the day at the chosen nearest-rank percentile (50 = a typical day,
 *   95 = a busy one as Microsoft's planners use [ASR-DP-RUN], 100 = the worst); its 5-minute shape
 *   and disk split are that same day's;
 * - `average`: the mean of that hour over the days; shape and split are the days' means.
 * Only sampled time counts: an hour seen for at least half of it is scaled up to a full hour, one
 * seen less is left out, and a 5-minute step nobody sampled takes its hour's mean rate.
 * Growth is added on top.
 */
import { normaliseWeights } from '@/plan';
import type { MeasuredVm } from './vm-series';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const STEP_MS = 300_000;
/** 5-minute steps in an hour. */
export const STEPS_PER_HOUR = 12;
/** An hour's 5-minute shape is kept when its busiest step writes at least this many times the hour's mean rate. */
export const WITHIN_HOUR_KEEP_RATIO = 1.05;

export type DayChoice = 'percentile' | 'average';
export type DaySet = 'all' | 'weekdays';

export interface DeriveDay {
  day: DayChoice;
  /** Nearest-rank percentile of each hour across the days (1–100), for `percentile`. */
  percentile: number;
  days: DaySet;
}

export interface DerivedVm {
  /** Bytes per day, growth included. */
  dailyBytes: number;
  /** 24 weights, mean 1 (all 1 when nothing was written). */
  hourlyWeights: number[];
  /** Bytes in each hour of the derived day, before growth. */
  hourlyBytes: number[];
  /** Per hour, 12 five-minute weights (mean 1) where the hour is bursty; null where it is even. Null when no hour is. */
  withinHourWeights: (number[] | null)[] | null;
  /** Per disk of the VM (its order), bytes/day with growth; 0 for disks left out. */
  diskDailyBytes: number[];
  /** Calendar days that could stand for at least one hour. */
  daysUsed: number;
}

interface HourCell {
  /** Bytes scaled to a full hour. */
  bytes: number;
  /** 12 five-minute rates (bytes/s); unsampled steps take the hour's mean. */
  steps: number[];
  /** Index into the disks' hourBytes. */
  index: number;
  /** Scale from the sampled part to a full hour. */
  scale: number;
  day: number;
}

/** Calendar hours of the period with enough samples, grouped by hour of the day. */
function hourCells(bytesPerSecond: ArrayLike<number>, seen: ArrayLike<number> | undefined, startMs: number, stepSeconds: number, days: DaySet): HourCell[][] {
  const firstHour = Math.floor(startMs / HOUR_MS);
  const raw = new Map<number, { bytes: number; seconds: number; stepBytes: Float64Array; stepSeconds: Float64Array }>();
  for (let k = 0; k < bytesPerSecond.length; k++) {
    if (seen && !seen[k]) continue;
    const rate = Number(bytesPerSecond[k]);
    let from = startMs + k * stepSeconds * 1000;
    const to = from + stepSeconds * 1000;
    // A sample spreads evenly over the 5-minute steps it covers.
    while (from < to) {
      const stepIndex = Math.floor(from / STEP_MS);
      const end = Math.min(to, (stepIndex + 1) * STEP_MS);
      const seconds = (end - from) / 1000;
      const hour = Math.floor(stepIndex / STEPS_PER_HOUR);
      const cell = raw.get(hour) ?? { bytes: 0, seconds: 0, stepBytes: new Float64Array(STEPS_PER_HOUR), stepSeconds: new Float64Array(STEPS_PER_HOUR) };
      const j = stepIndex - hour * STEPS_PER_HOUR;
      cell.bytes += rate * seconds;
      cell.seconds += seconds;
      cell.stepBytes[j] = cell.stepBytes[j]! + rate * seconds;
      cell.stepSeconds[j] = cell.stepSeconds[j]! + seconds;
      raw.set(hour, cell);
      from = end;
    }
  }
  const byHour: HourCell[][] = Array.from({ length: 24 }, () => []);
  for (const [hour, cell] of raw) {
    if (cell.seconds < 1800) continue;
    const day = Math.floor((hour * HOUR_MS) / DAY_MS);
    const weekday = new Date(day * DAY_MS).getUTCDay();
    if (days === 'weekdays' && (weekday === 0 || weekday === 6)) continue;
    const mean = cell.bytes / cell.seconds;
    const scale = 3600 / Math.min(3600, cell.seconds);
    byHour[((hour % 24) + 24) % 24]!.push({
      bytes: cell.bytes * scale,
      steps: Array.from(cell.stepBytes, (b, j) => (cell.stepSeconds[j]! > 0 ? b / cell.stepSeconds[j]! : mean)),
      index: hour - firstHour,
      scale,
      day,
    });
  }
  return byHour;
}

/** Derive one VM's day (see the file header). */
export function deriveVm(vm: Pick<MeasuredVm, 'bytesPerSecond' | 'seen' | 'disks'>, startMs: number, stepSeconds: number, choice: DeriveDay, growthPercent: number): DerivedVm {
  const byHour = hourCells(vm.bytesPerSecond, vm.seen, startMs, stepSeconds, choice.days);
  const included = vm.disks.map((d) => d.included);
  const diskHourBytes = vm.disks.map(() => new Array<number>(24).fill(0));
  const hourlyBytes: number[] = [];
  const shapes: number[][] = [];
  const daysUsed = new Set<number>();
  byHour.forEach((cells, h) => {
    if (!cells.length) {
      hourlyBytes.push(0);
      shapes.push(new Array<number>(STEPS_PER_HOUR).fill(1));
      return;
    }
    // The cells standing for this hour, each with its weight in the result.
    let chosen: { cell: HourCell; weight: number }[];
    if (choice.day === 'percentile') {
      const sorted = [...cells].sort((a, b) => a.bytes - b.bytes || a.day - b.day);
      // Nearest rank ⌈p/100 × N⌉, 1-based.
      const rank = Math.min(sorted.length, Math.max(1, Math.ceil((choice.percentile / 100) * sorted.length - 1e-9)));
      chosen = [{ cell: sorted[rank - 1]!, weight: 1 }];
    } else {
      chosen = cells.map((cell) => ({ cell, weight: 1 / cells.length }));
    }
    for (const { cell } of chosen) daysUsed.add(cell.day);
    const bytes = chosen.reduce((s, c) => s + c.cell.bytes * c.weight, 0);
    hourlyBytes.push(bytes);
    const steps = new Array<number>(STEPS_PER_HOUR).fill(0);
    for (const { cell, weight } of chosen) cell.steps.forEach((r, j) => (steps[j] = steps[j]! + r * weight));
    const mean = steps.reduce((a, b) => a + b, 0) / STEPS_PER_HOUR;
    shapes.push(mean > 0 ? steps.map((r) => r / mean) : new Array<number>(STEPS_PER_HOUR).fill(1));
    // The disks' split of this hour on the same day(s).
    const perDisk = vm.disks.map((d, i) => (included[i] ? chosen.reduce((s, c) => s + (d.hourBytes[c.cell.index] ?? 0) * c.cell.scale * c.weight, 0) : 0));
    const total = perDisk.reduce((a, b) => a + b, 0);
    const fallback = vm.disks.map((d, i) => (included[i] ? d.rateSum : 0));
    const fallbackTotal = fallback.reduce((a, b) => a + b, 0);
    perDisk.forEach((x, i) => {
      const share = total > 0 ? x / total : fallbackTotal > 0 ? fallback[i]! / fallbackTotal : 0;
      diskHourBytes[i]![h] = bytes * share;
    });
  });
  const dayBytes = hourlyBytes.reduce((a, b) => a + b, 0);
  const growth = 1 + growthPercent / 100;
  const kept = shapes.map((w, h) => (hourlyBytes[h]! > 0 && Math.max(...w) >= WITHIN_HOUR_KEEP_RATIO ? w : null));
  return {
    dailyBytes: dayBytes * growth,
    hourlyWeights: dayBytes > 0 ? normaliseWeights(hourlyBytes) : new Array<number>(24).fill(1),
    hourlyBytes,
    withinHourWeights: kept.some((w) => w !== null) ? kept : null,
    diskDailyBytes: diskHourBytes.map((hours) => hours.reduce((a, b) => a + b, 0) * growth),
    daysUsed: daysUsed.size,
  };
}

/** "the 95th-percentile day (all days)", "the average weekday": what the derive step chose, in words. */
export function describeDay(choice: DeriveDay): string {
  if (choice.day === 'average') return choice.days === 'weekdays' ? 'the average weekday (Monday–Friday)' : 'the average day (all days)';
  const p = choice.percentile;
  const suffix = p % 10 === 1 && p % 100 !== 11 ? 'st' : p % 10 === 2 && p % 100 !== 12 ? 'nd' : p % 10 === 3 && p % 100 !== 13 ? 'rd' : 'th';
  return `the ${p}${suffix}-percentile day of each hour (${choice.days === 'weekdays' ? 'Monday–Friday' : 'all days'})`;
}
