/**
 * The engine's answer for one plan (SPEC §5.8). Plain JSON data: numbers, strings, booleans,
 * arrays and objects only. Units are in the names: …Bytes, …Seconds, …Mbps (decimal), …Percent.
 */

export type Health = 'normal' | 'warning' | 'critical';

/**
 * Why a VM's replication health is not Normal [HEALTH1] [HEALTH2] [RESYNC]: the pending log passes
 * 50 % of the replicated size within the simulated days (`resync-required`) or later
 * (`resync-ahead`), more than 20 % of cycles missed in a monitoring interval, or the replica more
 * than an hour behind. `afterDays` rounds the time of the crossing (null = already seen).
 */
export type HealthReason =
  | { kind: 'resync-required'; afterDays: number | null }
  | { kind: 'resync-ahead'; afterDays: number }
  | { kind: 'missed-cycles'; percent: number; intervalHours: number }
  | { kind: 'behind-an-hour' };
export type Severity = 'info' | 'warning' | 'error';

export interface RequiredUplink {
  /** Smallest uplink whose daily delivered volume keeps up; null = no uplink alone is enough. */
  stable: number | null;
  /** Smallest uplink with no breach of the failure window; null = unreachable by uplink alone. */
  withinFailureWindow: number | null;
  /** Smallest uplink where every cycle completes within its interval; null = unreachable. */
  noMissedCycles: number | null;
  /** Smallest uplink meeting targetRpoMinutes for every VM; null when no target is set or unreachable. */
  targetRpo: number | null;
}

export interface WhatIfPoint {
  uplinkMbps: number;
  /** Worst lag; where `stable` is false only how far it rose before the run stopped (it grows without limit). */
  worstRpoSeconds: number;
  /** Share of the reported day's cycle boundaries that were not missed. */
  onTimeCyclesPercent: number;
  vmsBreaching: number;
  stable: boolean;
}

export interface VmResult {
  id: string;
  name: string;
  count: number;
  /** Worst replication lag over the reported day (worst copy of a group), seconds. */
  worstRpoSeconds: number;
  /** Time-averaged replication lag, seconds. */
  averageRpoSeconds: number;
  /** Cycle boundaries skipped in the reported day (per copy, worst copy). */
  missedCycles: number;
  /** Cycle boundaries in the reported day (per copy). */
  cycles: number;
  /** Largest time from a cycle boundary until the data written before it was on the replica, seconds. */
  maxCycleDelaySeconds: number;
  /** First breach of the failure window in the reported day: seconds since 00:00, and the delay. */
  failureWindowBreach: { atSeconds: number; delaySeconds: number } | null;
  health: Health;
  /** Why health is not normal, as data (`healthReasonText` words each). */
  healthReasons: HealthReason[];
  /** Pending logs exceeded 50 % of the replicated VHD size [RESYNC]. */
  resyncRequired: boolean;
  /** SPEC §5.3a: seconds from the start of replication until the pending log passes 50 % of the replicated size (seen or extrapolated); null = never. */
  resyncAfterSeconds: number | null;
  /** Growth of this VM's lag per day when the plan is unbounded (0 otherwise). */
  rpoGrowthSecondsPerDay: number;
  /** Peak raw bytes of logs waiting on the primary, per copy. */
  peakPendingLogBytes: number;
  /** Largest single log cut in the reported day, raw bytes, per copy. */
  largestLogBytes: number;
  /** Average wire demand of the group, Mbps. */
  averageDemandMbps: number;
  /** Wire demand of the group per hour of the day (0–23), Mbps: the demand chart stacks these. */
  hourlyDemandMbps: number[];
  /** Replica write IOPS for the group (midpoint of Microsoft's range); null without writeIops. */
  replicaWriteIops: number | null;
  /** Replicated provisioned size per copy, bytes. */
  replicatedSizeBytes: number;
  /** Replica storage of the group, bytes (base + recovery points + in-flight + extended, before headroom). */
  replicaStorageBytes: number;
  /** End-to-end lag at the extended site (hop 1 + hop 2 worst), seconds; null without an extended hop. */
  extendedWorstRpoSeconds: number | null;
}

export interface StorageResult {
  replica: {
    baseBytes: number;
    recoveryPointBytes: number;
    inFlightBytes: number;
    extendedBytes: number;
    headroomBytes: number;
    totalBytes: number;
  };
  primary: {
    /** Sum of each VM copy's peak pending log bytes (a conservative reserve). */
    peakPendingLogBytes: number;
    /** 50 % of replicated VHD size, worst case for delta replication [ASR-DP-RPT]. */
    deltaReserveBytes: number;
    /** 100 % of replicated VHD size, worst case during initial replication [ASR-DP-RPT]. */
    initialReplicationReserveBytes: number;
  };
}

/** One stretch of a VM's initial replication on the timeline (a group: from its first copy to its last). */
export interface InitialReplicationPhase {
  kind: 'copy' | 'export' | 'shipping' | 'import' | 'read' | 'catch-up';
  startSeconds: number;
  /** null = never ends. */
  endSeconds: number | null;
}

export interface InitialReplicationVm {
  id: string;
  method: 'network' | 'offline' | 'seed';
  /** Bytes that cross the WAN for the copy itself (all copies of a group; seed: one day of changed blocks). */
  wireBytes: number;
  /** When this VM's copy (offline: export; seed: read) starts, seconds after initial replication begins. */
  startSeconds: number;
  /** Start → end of the copy (offline: export, shipping and import; seed: read), seconds; null = never finishes. */
  durationSeconds: number | null;
  /** When the copy (offline: import; seed: read) ends, seconds after the start; null = never. */
  copyEndSeconds: number | null;
  /** Raw churn logged on the primary while the copy runs, per copy, bytes. */
  loggedDuringBytes: number;
  /** Copy end → protected, seconds; null = never catches up. */
  catchUpSeconds: number | null;
  /** When the VM is fully protected (every copy of a group), seconds after the start; null = never. */
  completeSeconds: number | null;
  /** Logs waiting on the primary reach 50 % of the replicated size: the VM would need resync [RESYNC]. */
  resyncRisk: boolean;
  /** Largest raw log waiting on the primary during initial replication (one copy), bytes. */
  peakPendingLogBytes: number;
  /** The timeline, contiguous from start to protection. */
  phases: InitialReplicationPhase[];
  /** When this VM would be protected if the recommendation (ship these VMs) were followed; null = not in it. */
  offlineAlternativeSeconds: number | null;
}

/** Ship these VMs on disk: computed by running the same timeline with them offline. */
export interface InitialReplicationRecommendation {
  offlineVmIds: string[];
  /** Whole plan protected when the advice is followed; null = never. */
  totalSeconds: number | null;
  /** Time saved against the plan as it is; null when either side never completes. */
  savedSeconds: number | null;
}

export interface InitialReplicationResult {
  /** Whole plan protected after this many seconds; null = some VM never completes. */
  totalSeconds: number | null;
  vms: InitialReplicationVm[];
  /** Shipping some VMs' disks protects the plan sooner (or with fewer VMs at resync risk). */
  recommendOffline: boolean;
  recommendation: InitialReplicationRecommendation | null;
  /** Queue order of the network copies. */
  order: 'plan' | 'smallest-first';
  /** Network copies at once (K). */
  concurrentCopies: number;
}

import type { Warning } from './warning-text';

export type { Warning, WarningCode, WarningParamsByCode } from './warning-text';

export interface SeriesResult {
  /** Width of each point, seconds (points cover the reported day from 00:00). */
  stepSeconds: number;
  /** Wire demand of all VMs (after compression, before efficiency), Mbps. */
  demandMbps: number[];
  /** Wire bytes delivered to the replica, as a rate, Mbps. */
  deliveredMbps: number[];
  /** Effective capacity (after share and efficiency; per-stream caps included), Mbps. */
  capacityMbps: number[];
  /** Wire bytes of overdue data (cut logs not yet delivered plus writes past a missed boundary) at the step's end. */
  backlogBytes: number[];
  /** Largest replication lag of any VM within the step, seconds. */
  worstRpoSeconds: number[];
  /** Id of the VM with that lag. */
  worstRpoVmIds: string[];
}

export interface ExtendedResult {
  stable: boolean;
  /** Worst end-to-end lag at the extended site (hop 1 + hop 2), seconds. */
  worstRpoSeconds: number;
  worstVmId: string;
  averageDemandMbps: number;
  effectiveCapacityMbps: number;
  /** Smallest replica-site uplink that keeps the extended hop stable; null = unreachable. */
  requiredUplinkMbpsStable: number | null;
  vmsBreaching: number;
}

export interface PlanResult {
  /** False when the backlog grows day over day. */
  stable: boolean;
  /** Days simulated until the state repeated (at most 7); the last one is reported. */
  daysSimulated: number;
  rpo: {
    /**
     * Worst lag of every simulated day (the days on the way to the repeating one included). When
     * `unbounded`, only the 7th simulated day's figure, not an answer.
     */
    worstSeconds: number;
    /** Worst lag of the reported (repeating, drawn) day alone: below worstSeconds when an earlier day was worse. */
    reportedDayWorstSeconds: number;
    worstVmId: string;
    averageSeconds: number;
    /** SPEC §5.3a: the backlog grows day over day, so the RPO grows without limit. */
    unbounded: boolean;
    /** How much the worst VM's lag grows per day when unbounded (0 otherwise), seconds per day. */
    growthSecondsPerDay: number;
    /** The VM whose lag grows fastest; null when bounded. */
    growthVmId: string | null;
    /** The earliest resync Hyper-V would demand (pending log > 50 % of the VM's disks); null = none. */
    firstResync: { vmId: string; afterSeconds: number } | null;
  };
  failureWindow: {
    windowSeconds: number;
    breached: boolean;
    vmsBreaching: number;
    /** Seconds since 00:00 of the reported day of the first breach; null = none. */
    firstBreachSeconds: number | null;
    firstBreachVmId: string | null;
    /** First breach since replication started (00:00 of day 1, empty backlog), seconds; null = none. */
    firstBreachFromStartSeconds: number | null;
  };
  bandwidth: {
    averageDemandMbps: number;
    peakHourDemandMbps: number;
    /** Hour (0–23) of the peak demand. */
    peakHour: number;
    /** Daily mean of the capacity replication can use (share, efficiency, stream caps), Mbps. */
    effectiveCapacityMbps: number;
    /** Capacity per hour of the day, Mbps. */
    capacityByHourMbps: number[];
    /** Per-transfer cap from perStreamMbps or TCP window ÷ RTT, Mbps; null = none. */
    perStreamCapMbps: number | null;
    maxActiveTransfers: number;
    requiredUplinkMbps: RequiredUplink;
    monthlyTransferBytes: number;
    excludedDisksSavingMbps: number;
    recommendedMaxActiveTransfers: number | null;
    whatIf: WhatIfPoint[];
  };
  cycles: { total: number; missed: number; onTimePercent: number };
  vms: VmResult[];
  storage: StorageResult;
  initialReplication: InitialReplicationResult;
  extended: ExtendedResult | null;
  series: SeriesResult;
  warnings: Warning[];
}
