/**
 * Measured series → the plan's own terms: daily churn and a 24-hour profile per VM, so the plan
 * can be edited by hand afterwards. For each hour of the day, the chosen percentile (nearest rank)
 * of that hour's writes across the measured days: 50 gives a typical day, 95 a busy one (Microsoft's
 * planners use the 95th [ASR-DP-RUN]), 100 the worst of each hour. Growth is added on top.
 */
import { percentile } from '@/engine';
import { normaliseWeights } from '@/plan';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface DerivedProfile {
  /** Bytes per day (growth included). */
  dailyBytes: number;
  /** 24 weights, mean 1 (all 1 when nothing was written). */
  hourlyWeights: number[];
  /** Bytes in each hour of the derived day, before growth. */
  hourlyBytes: number[];
}

/**
 * Hour-of-day percentiles over the calendar days of the measurement. Only sampled slots count
 * (`seen`; all of them when it is left out): an hour seen only in part (the first and last of the
 * period, collector gaps) is scaled up to a full hour when at least half of it was sampled, and
 * ignored otherwise, so a gap is never read as an hour without writes.
 */
export function deriveProfile(
  bytesPerSecond: ArrayLike<number>,
  startMs: number,
  stepSeconds: number,
  percentileP: number,
  growthPercent: number,
  seen?: ArrayLike<number>,
): DerivedProfile {
  const cells = new Map<number, { bytes: number; seconds: number }>(); // key: day × 24 + hour
  for (let k = 0; k < bytesPerSecond.length; k++) {
    if (seen && !seen[k]) continue;
    const t = startMs + k * stepSeconds * 1000;
    const key = Math.floor(t / DAY_MS) * 24 + Math.floor((t - Math.floor(t / DAY_MS) * DAY_MS) / HOUR_MS);
    const cell = cells.get(key) ?? { bytes: 0, seconds: 0 };
    cell.bytes += Number(bytesPerSecond[k]) * stepSeconds;
    cell.seconds += stepSeconds;
    cells.set(key, cell);
  }
  const byHour: number[][] = Array.from({ length: 24 }, () => []);
  for (const [key, cell] of cells) {
    if (cell.seconds >= 1800) byHour[((key % 24) + 24) % 24]!.push((cell.bytes * 3600) / Math.min(3600, cell.seconds));
  }
  const hourlyBytes = byHour.map((values) => (values.length ? percentile(values, percentileP) : 0));
  const dayBytes = hourlyBytes.reduce((a, b) => a + b, 0);
  return {
    dailyBytes: dayBytes * (1 + growthPercent / 100),
    hourlyWeights: dayBytes > 0 ? normaliseWeights(hourlyBytes) : new Array<number>(24).fill(1),
    hourlyBytes,
  };
}

/** A VM's derived daily churn split over its disks in proportion to what each wrote. */
export function splitByDisk(dailyBytes: number, diskTotals: readonly number[], includedTotal: number): number[] {
  return diskTotals.map((t) => (includedTotal > 0 ? (dailyBytes * t) / includedTotal : 0));
}
