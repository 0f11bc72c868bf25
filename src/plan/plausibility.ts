/**
 * Plausibility of a disk as entered (SPEC §5.7): churn above the disk's own size per day, churn
 * above what a virtual disk can physically write, a replicated disk named like a paging file.
 * Pure data (a code and the figures): the engine turns them into warnings, the editor shows them
 * beside the field. Works on a draft too: fields of the wrong type are skipped, not thrown on.
 */
import { PAGING_DISK_NAME, PLAUSIBLE, bytesPerGB, type StorageUnits } from './limits';

export type DiskFlag =
  /** Churn per day above the provisioned size: the disk is rewritten `timesSize` times a day. */
  | { code: 'churn-exceeds-size'; field: 'churnGBPerDay'; timesSize: number }
  /** Churn per day needs a sustained write of `writeBytesPerSecond`, past what a disk can take. */
  | { code: 'churn-exceeds-physical'; field: 'churnGBPerDay'; writeBytesPerSecond: number }
  /** A replicated disk named like a paging file [BPA]. */
  | { code: 'paging-disk-replicated'; field: 'replicated' };

interface DiskLike {
  name?: unknown;
  sizeGB?: unknown;
  churnGBPerDay?: unknown;
  replicated?: unknown;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** What is implausible about one disk; the physical bound outranks the size one (both are churn). */
export function diskFlags(disk: DiskLike, units: StorageUnits): DiskFlag[] {
  const flags: DiskFlag[] = [];
  if (finite(disk.churnGBPerDay) && disk.churnGBPerDay > 0) {
    // e.g. 200 000 GiB/day × 2^30 B ÷ 86 400 s = 2.49 GB/s > 2 GB/s.
    const writeBytesPerSecond = (disk.churnGBPerDay * bytesPerGB(units)) / 86_400;
    if (writeBytesPerSecond > PLAUSIBLE.diskWriteBytesPerSecond) {
      flags.push({ code: 'churn-exceeds-physical', field: 'churnGBPerDay', writeBytesPerSecond });
    } else if (finite(disk.sizeGB) && disk.sizeGB > 0 && disk.churnGBPerDay > disk.sizeGB * PLAUSIBLE.churnTimesSizePerDay) {
      flags.push({ code: 'churn-exceeds-size', field: 'churnGBPerDay', timesSize: disk.churnGBPerDay / disk.sizeGB });
    }
  }
  if (disk.replicated !== false && typeof disk.name === 'string' && PAGING_DISK_NAME.test(disk.name)) {
    flags.push({ code: 'paging-disk-replicated', field: 'replicated' });
  }
  return flags;
}

/** One decimal below 100: 6.25 → 6.3, 12.5 → 12.5, 12 → 12; whole above: 2485.5 → 2486. */
const times = (x: number) => (x >= 100 ? Math.round(x) : Math.round(x * 10) / 10);

/**
 * The flag in words. With `subject` ("SQL01: disk “Data”") it reads as a warning in a list;
 * without, as a note beside the field it is about. `number` writes the (already rounded) figures:
 * plain digits unless a caller passes its locale's formatter.
 */
export function diskFlagText(flag: DiskFlag, subject?: string, number: (value: number) => string = String): string {
  const lead = subject ? `${subject} ` : 'This disk ';
  switch (flag.code) {
    case 'churn-exceeds-size':
      return `${lead}rewrites ${number(times(flag.timesSize))}× its size per day: check the figure (GB per day, not per week?), or is it a paging or scratch disk to exclude?`;
    case 'churn-exceeds-physical':
      return `${lead}would have to write ${number(times(flag.writeBytesPerSecond / 1e6))} MB/s around the clock, more than a disk can (about ${number(PLAUSIBLE.diskWriteBytesPerSecond / 1e6)} MB/s): check the unit (MB typed as GB?).`;
    case 'paging-disk-replicated':
      return `${lead}looks like a paging-file disk: exclude it from replication (its churn is high and worthless).`;
  }
}
