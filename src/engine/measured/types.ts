/** Inputs and answers of the measured-period analysis. Units in names, as everywhere in the engine. */

/** One VM's measured writes, already matched to the plan VM whose policy applies. */
export interface MeasuredVmInput {
  id: string;
  name: string;
  /** Replication frequency applied to it, seconds (30, 300 or 900). */
  frequencySeconds: number;
  /** Raw write rate per slot, bytes/s (growth not yet applied). */
  bytesPerSecond: ArrayLike<number>;
  /** 1 where the collector sampled the VM, 0 in a gap (its rate there is ignored); every slot when absent. */
  seen?: ArrayLike<number>;
}

export interface MeasuredInput {
  /** Slot length, whole seconds (the collector's sample interval). */
  stepSeconds: number;
  /** Seconds after local midnight at which slot 0 starts. */
  startSecondOfDay: number;
  vms: MeasuredVmInput[];
  /** The RPO to meet, seconds. */
  targetRpoSeconds: number;
}

export interface MeasuredViolation {
  /** Seconds from slot 0. */
  startSeconds: number;
  durationSeconds: number;
  peakRpoSeconds: number;
  /** VM with the worst lag at the peak. */
  vmId: string;
}

export interface MeasuredBreach {
  vmId: string;
  /** When the failure window was passed, seconds from slot 0. */
  atSeconds: number;
  /** Largest cycle delay of the episode, seconds. */
  delaySeconds: number;
}

export interface MeasuredDay {
  /** Local calendar day index from the first (0). */
  index: number;
  /** Part of the period in this day, seconds from slot 0. */
  startSeconds: number;
  endSeconds: number;
  /** Peak lag in the day's counted slots (0 when none was counted). */
  peakRpoSeconds: number;
  /** Violations under way in the day (one running past midnight counts on both days). */
  violations: number;
  /** Time over the target within the day. */
  violationSeconds: number;
  breaches: number;
  /** Share of the day's slots judged met or missed, percent (0: nothing measured that day can be judged). */
  coveragePercent: number;
}

/** `cycle`: some VM replicates no more often than the target; `ceiling`: the replica downlink or per-stream cap limits the link. */
export type UnreachableReason = 'cycle' | 'ceiling';

export interface MeasuredResult {
  stepSeconds: number;
  slots: number;
  horizonSeconds: number;
  targetRpoSeconds: number;
  uplinkMbps: number;
  /** Wire demand (after compression and growth), Mbps. */
  averageDemandMbps: number;
  peakDemandMbps: number;
  /** The busiest slot: when, and which VM wrote most of it. */
  busiest: { atSeconds: number; demandMbps: number; vmId: string; vmSharePercent: number };
  /** Smallest uplink meeting the target in every slot / in ≥ 90 % of slots; null = out of reach. */
  requiredUplinkMbps: { met100: number | null; met90: number | null };
  /** Why a requirement is null: a VM's cycle is not shorter than the target, or the link has a ceiling no uplink lifts. */
  unreachable: { met100: UnreachableReason | null; met90: UnreachableReason | null };
  /** At the plan's uplink. */
  current: {
    metPercent: number;
    worstRpoSeconds: number;
    worstRpoAtSeconds: number;
    worstRpoVmId: string;
    violations: number;
    violationSeconds: number;
    longestViolationSeconds: number;
    breaches: number;
    backlogAtEndBytes: number;
  };
  /**
   * How much of the period was measured. A slot counts as met only when every VM was sampled in it,
   * as missed also when the VM lagging most was sampled; other slots count neither way.
   */
  coverage: {
    /** Slots judged met or missed (at the plan's uplink). */
    countedSlots: number;
    countedPercent: number;
    /** Share of the slots in which every VM was sampled, percent. */
    allSampledPercent: number;
  };
  days: MeasuredDay[];
  /** The longest violations first, at most MAX_LISTED. */
  violations: MeasuredViolation[];
  breaches: MeasuredBreach[];
  vms: {
    id: string;
    name: string;
    worstRpoSeconds: number;
    missedCycles: number;
    cycles: number;
    breaches: number;
    /** Share of the slots in which this VM was sampled, percent. */
    sampledPercent: number;
    /** Mean raw write rate over its sampled slots × 86 400 (gaps left out, growth not applied), bytes/day. */
    averageRawBytesPerDay: number;
  }[];
}
