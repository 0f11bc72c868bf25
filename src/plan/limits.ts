/**
 * One home for every plan default and limit. The schema, the editor's inputs (min/max) and the
 * engine all import from here, so a limit changes in one place.
 */

/** Windows Server versions the planner knows. "2016" stands for 2016 and later. */
export const WINDOWS_SERVER_VERSIONS = ['2012', '2012R2', '2016'] as const;
export type WindowsServerVersion = (typeof WINDOWS_SERVER_VERSIONS)[number];

/** Replication frequencies in seconds. [HEALTH2] 2012: 300 only; [WHATSNEW-R2] [WMI] 2012 R2+: 30/300/900. */
export const FREQUENCIES_SECONDS = [30, 300, 900] as const;
export type FrequencySeconds = (typeof FREQUENCIES_SECONDS)[number];
export const FREQUENCIES_2012: readonly number[] = [300];

/** Extended hop frequencies [EXTEND]: 5 or 15 minutes only. */
export const EXTENDED_FREQUENCIES_SECONDS = [300, 900] as const;

export const INITIAL_REPLICATION_METHODS = ['network', 'offline', 'seed'] as const;
export type InitialReplicationMethod = (typeof INITIAL_REPLICATION_METHODS)[number];
/** Queue order of network initial copies (SPEC §5.6). */
export const INITIAL_REPLICATION_ORDERS = ['plan', 'smallest-first'] as const;
export type InitialReplicationOrder = (typeof INITIAL_REPLICATION_ORDERS)[number];

export const PROFILE_IDS = ['flat', 'business-hours', 'overnight-batch', 'custom'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export const STORAGE_UNITS = ['binary', 'decimal'] as const;
export type StorageUnits = (typeof STORAGE_UNITS)[number];

export const DISK_FORMATS = ['dynamic', 'fixed'] as const;

/** Inclusive numeric limits, by field. */
export const LIMITS = {
  nameChars: 200,
  idChars: 64,
  vms: 5000,
  disksPerVm: 256, // Hyper-V: 4 SCSI controllers × 64 disks
  vmCount: 10000,
  diskSizeGB: 65536, // VHDX maximum, 64 TB
  churnGBPerDay: 1_000_000,
  compressionRatio: { min: 0.01, max: 1 },
  failureWindowMinutes: { min: 1, max: 10080 },
  monitoringIntervalHours: { min: 1, max: 168 }, // [HEALTH2] 1 h – 7 days
  maxActiveTransfers: { min: 1, max: 1024 }, // [KB2767928]
  targetRpoMinutes: { min: 0.5, max: 10080 },
  growthPercent: { min: 0, max: 1000 },
  linkMbps: { min: 0.001, max: 1_000_000 },
  sharePercent: { min: 1, max: 100 },
  hourlySharePercent: { min: 0, max: 100 },
  efficiencyPercent: { min: 1, max: 100 },
  rttMs: { min: 0.01, max: 10000 },
  tcpWindowKiB: { min: 1, max: 1_048_576 },
  recoveryPoints2012: 15, // [PS2012] additional snapshots
  recoveryPoints: 24, // [WHATSNEW-R2] hourly undo logs
  appConsistentHours: { min: 1, max: 12 }, // [PS2012] [WMI]
  writeIops: 10_000_000,
  hourlyWeight: 1_000_000,
  uniqueChurnPercent: { min: 1, max: 100 },
  headroomPercent: { min: 0, max: 500 },
  startHour: { min: 0, max: 23 },
  concurrentVms: { min: 1, max: 1024 },
  offlineShippingDays: { min: 0, max: 365 },
  mediaWriteMBps: { min: 1, max: 100_000 },
  /** Options (SPEC §5.9): enough for a real offer sheet, small enough for a share link. */
  variants: 20,
  changesPerVariant: 500,
  linkTiers: 30,
  changePathChars: 300,
  currencyChars: 12,
  price: { min: 0, max: 1e12 },
} as const;

/**
 * Plausibility bounds (SPEC §5.7): past these a figure is accepted but flagged, beside the field
 * and in the warnings. Not limits of the schema: an unusual disk may really do this.
 */
export const PLAUSIBLE = {
  /**
   * Sustained write rate one virtual disk can physically take, bytes/s: 2 000 MB/s, what a fast
   * NVMe SSD writes sequentially [derived]; all day long that is 172.8 TB. More churn is a typo
   * (MB typed as GB, a week typed as a day).
   */
  diskWriteBytesPerSecond: 2e9,
  /** Churn above this many times the disk's provisioned size per day rewrites the disk more than once a day. */
  churnTimesSizePerDay: 1,
} as const;

/** Disk names that mark a paging-file (swap) disk: high, worthless churn that should not be replicated [BPA]. */
export const PAGING_DISK_NAME = /page|paging|swap/i;

/** Defaults applied to every omitted field (SPEC §4). */
export const DEFAULTS = {
  name: 'Untitled plan',
  storageUnits: 'binary' as StorageUnits,
  windowsServer: '2016' as WindowsServerVersion,
  compression: true,
  compressionRatio: 0.7, // assumption: Microsoft publishes no ratio [BPA] [RIVERBED]
  failureWindowMinutes: 30,
  monitoringIntervalHours: 12, // [HEALTH2]
  growthPercent: 0,
  uplinkMbps: 20,
  sharePercent: 100,
  efficiencyPercent: 94, // 1448/1538 bytes of payload per Ethernet frame [derived]
  diskFormat: 'dynamic' as const,
  uniqueChurnPercent: 100,
  headroomPercent: 20,
  irMethod: 'network' as InitialReplicationMethod,
  irCompressionRatio: 0.7,
  offlineShippingDays: 2,
  mediaWriteMBps: 150,
  /** Goals an option must meet (SPEC §5.9): keep up and stay inside the failure window; the target RPO when one is set. */
  goals: { stable: true, withinFailureWindow: true, targetRpo: true, noMissedCycles: false },
  /** Display only; prices are plain numbers in this currency. */
  currency: 'EUR',
  frequencySeconds: 300,
  recoveryPoints: 0,
  vmCount: 1,
  workload: 'general',
  /** The one disk of a new VM, in plan GB (GiB or GB, whichever the plan uses). */
  newVmDisk: { name: 'OS', sizeGB: 80, usedGB: 40 },
  /** A disk added to an existing VM, in plan GB. */
  newDisk: { sizeGB: 100, usedGB: 50 },
} as const;

/** MaximumActiveTransfers default by version: 3 on 2012 [KB2767928], 6 on 2012 R2+ [SAVILL]. */
export function defaultMaxActiveTransfers(version: WindowsServerVersion): number {
  return version === '2012' ? 3 : 6;
}

/** Highest number of additional recovery points the version allows. */
export function maxRecoveryPoints(version: WindowsServerVersion): number {
  return version === '2012' ? LIMITS.recoveryPoints2012 : LIMITS.recoveryPoints;
}

/** Frequencies (seconds) the version allows on the primary hop. */
export function allowedFrequencies(version: WindowsServerVersion): readonly number[] {
  return version === '2012' ? FREQUENCIES_2012 : FREQUENCIES_SECONDS;
}

/** Bytes in one plan "GB": 2^30 for binary (Windows' count), 10^9 for decimal. */
export function bytesPerGB(units: StorageUnits): number {
  return units === 'binary' ? 2 ** 30 : 1e9;
}
