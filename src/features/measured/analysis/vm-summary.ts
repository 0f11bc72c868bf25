/**
 * What was measured, per VM: the figures a consultant reads out to the customer.
 * Time is the collector's local wall clock (naive ms: read its UTC fields).
 */
import { percentile } from '@/engine';

const HOUR_MS = 3_600_000;
export const SPARKLINE_POINTS = 168;

export interface VmSummary {
  periodSeconds: number;
  /** Average bytes written per day over the sampled part of the period (gaps left out, not counted as zero). */
  dailyBytes: number;
  /** Share of the period that was sampled, percent. */
  sampledPercent: number;
  /** The clock hour with the most writes: its start (naive local ms) and bytes. */
  busiestHour: { startMs: number; bytes: number };
  /** 95th percentile (nearest rank) of the sampled write rates, bytes/s. */
  p95BytesPerSecond: number;
  peakBytesPerSecond: number;
  /** Mean write rate in SPARKLINE_POINTS equal parts of the period, bytes/s. */
  sparkline: number[];
}

export function summariseSeries(bytesPerSecond: Float64Array, startMs: number, stepSeconds: number, seen?: ArrayLike<number>): VmSummary {
  const slots = bytesPerSecond.length;
  const periodSeconds = slots * stepSeconds;
  let total = 0;
  let peak = 0;
  let sampled = 0;
  const sampledRates = seen ? new Float64Array(slots) : bytesPerSecond;
  // Bytes per clock hour, counted from the hour the period starts in; a slot belongs to the hour in which it starts.
  const firstHour = Math.floor(startMs / HOUR_MS);
  const hours = new Float64Array(Math.floor((startMs + slots * stepSeconds * 1000) / HOUR_MS) - firstHour + 1);
  for (let k = 0; k < slots; k++) {
    if (seen && !seen[k]) continue;
    if (seen) sampledRates[sampled] = bytesPerSecond[k]!;
    sampled++;
    const bytes = bytesPerSecond[k]! * stepSeconds;
    total += bytes;
    if (bytesPerSecond[k]! > peak) peak = bytesPerSecond[k]!;
    const h = Math.floor((startMs + k * stepSeconds * 1000) / HOUR_MS) - firstHour;
    hours[h] = hours[h]! + bytes;
  }
  let busiest = { startMs, bytes: 0 };
  hours.forEach((bytes, h) => {
    if (bytes > busiest.bytes) busiest = { startMs: (firstHour + h) * HOUR_MS, bytes };
  });
  return {
    periodSeconds,
    dailyBytes: sampled ? (total / (sampled * stepSeconds)) * 86_400 : 0,
    sampledPercent: slots ? (100 * sampled) / slots : 100,
    busiestHour: busiest,
    p95BytesPerSecond: sampled ? percentile(sampledRates.subarray(0, sampled), 95) : 0,
    peakBytesPerSecond: peak,
    sparkline: downsample(bytesPerSecond, SPARKLINE_POINTS),
  };
}

/** Means of `points` equal parts (fewer when there are fewer samples). */
export function downsample(values: ArrayLike<number>, points: number): number[] {
  const n = Math.min(points, values.length);
  const out: number[] = [];
  for (let p = 0; p < n; p++) {
    const from = Math.floor((p * values.length) / n);
    const to = Math.floor(((p + 1) * values.length) / n);
    let sum = 0;
    for (let k = from; k < to; k++) sum += values[k]!;
    out.push(to > from ? sum / (to - from) : 0);
  }
  return out;
}
