import { bytesPerGB, type StorageUnits } from '@/plan';

const SECONDS_PER_DAY = 86_400;

export interface ExclusionSavingInput {
  /** The excluded disk's churn, plan GB/day. */
  churnGBPerDay: number;
  /** Copies of the VM (a VM group): each copy's disk is excluded. */
  count: number;
  units: StorageUnits;
  /** Planning headroom applied to all churn, percent (replication.growthPercent). */
  growthPercent: number;
  compression: boolean;
  /** Wire ÷ raw when compression is on. */
  compressionRatio: number;
}

export interface ExclusionSaving {
  /** Log bytes per day the primary no longer writes for replication, all copies. */
  logBytesPerDay: number;
  /** Average wire bandwidth saved, decimal Mbps (SPEC §5.1: excluded disks contribute nothing). */
  wireMbps: number;
}

/**
 * What excluding a disk saves: its churn × (1 + growth) per day in logs, and that × the
 * compression ratio spread over the day on the wire. Null while an input is not a usable number.
 */
export function exclusionSaving(input: ExclusionSavingInput): ExclusionSaving | null {
  const { churnGBPerDay, count, units, growthPercent, compression, compressionRatio } = input;
  const numbers = [churnGBPerDay, count, growthPercent, compressionRatio];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n)) || churnGBPerDay < 0 || count < 0) return null;
  const logBytesPerDay = churnGBPerDay * bytesPerGB(units) * (1 + growthPercent / 100) * count;
  const wireBytesPerDay = logBytesPerDay * (compression ? compressionRatio : 1);
  return { logBytesPerDay, wireMbps: (wireBytesPerDay * 8) / SECONDS_PER_DAY / 1e6 };
}
