/**
 * Small conversions shared by the chart-data builders. Charts plot plain numbers, so bytes are
 * scaled to one unit per chart (picked from the largest value) and seconds to minutes or hours.
 */
import type { ByteUnits } from '@/lib/format';

/** One display unit for a byte axis: divide bytes by `bytesPerUnit` and label the axis `label`. */
export interface ByteScale {
  label: string;
  bytesPerUnit: number;
}

const BINARY_LABELS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;
const DECIMAL_LABELS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'] as const;

/**
 * The largest unit in which `maxBytes` is still ≥ 1, so the axis reads "0–12 GiB" rather than
 * "0–0.01 TiB" or "0–12 884 901 888 B". Binary = GiB (how Windows counts), decimal = GB (SPEC §3).
 */
export function byteScale(maxBytes: number, units: ByteUnits): ByteScale {
  const base = units === 'binary' ? 1024 : 1000;
  const labels = units === 'binary' ? BINARY_LABELS : DECIMAL_LABELS;
  let i = 0;
  const max = finiteOr(maxBytes, 0);
  while (i < labels.length - 1 && max >= base ** (i + 1)) i++;
  return { label: labels[i]!, bytesPerUnit: base ** i };
}

/** The value itself when it is a finite number, otherwise the fallback: charts must never see NaN. */
export function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/** Finite number or null: for nullable engine fields that a chart skips rather than plots. */
export function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Seconds → minutes (non-finite → 0). */
export function toMinutes(seconds: number): number {
  return finiteOr(seconds, 0) / 60;
}

/** Seconds → hours (non-finite → 0). */
export function toHours(seconds: number): number {
  return finiteOr(seconds, 0) / 3600;
}

/**
 * The slice of a plan some builders need next to the result (the result does not carry the VMs'
 * intervals, the current uplink or the storage units). Structural, so a full `Plan` fits.
 */
export interface PlanContext {
  units: { storage: ByteUnits };
  link: { uplinkMbps: number };
  replication: { targetRpoMinutes: number | null };
  vms: readonly { frequencySeconds: number }[];
}
