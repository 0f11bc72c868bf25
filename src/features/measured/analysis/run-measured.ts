/**
 * The whole measured-churn path from read files to answers, shared by the browser dialog and the
 * command line (`npm run plan -- --measured … --inventory …`) so both give the same figures:
 * match counters to disks → VM series → replay of the period (Microsoft's 100 % / 90 % answers)
 * → the plan derived from it. Pure: no DOM, no Node.
 */
import { evaluateMeasured, type MeasuredResult } from '@/engine';
import type { Plan } from '@/plan';
import type { InventoryDisk } from '../inventory/inventory-csv';
import { matchCounters, type CounterMatch } from '../inventory/matching';
import type { PerfmonMeasurement } from '../perfmon/types';
import { applyDerived, type ApplyOutcome, type DeriveSettings } from './apply-to-plan';
import { measuredInput } from './measured-input';
import { buildVmSeries, type MeasuredVm } from './vm-series';
import { summariseSeries } from './vm-summary';

/** The target the analysis assumes when the plan has none, minutes. */
export const DEFAULT_TARGET_RPO_MINUTES = 15;

export const DEFAULT_DERIVE: Omit<DeriveSettings, 'removeUnmeasured'> = { day: 'percentile', percentile: 95, days: 'all', growthPercent: 0 };

/** A name the planner gives a VM it creates ("VM 1"): a placeholder, not one of the customer's VMs. */
export const PLACEHOLDER_VM_NAME = /^VM \d+$/;

export interface MeasuredVmFigures {
  name: string;
  /** Plan VM id it was matched to (or will get). */
  id: string;
  disks: number;
  includedDisks: number;
  /** Average raw writes per day over the sampled time (gaps left out), bytes. */
  averageRawBytesPerDay: number;
  /** Share of the period sampled, percent. */
  sampledPercent: number;
  busiestHour: { startMs: number; bytes: number };
  p95BytesPerSecond: number;
  peakBytesPerSecond: number;
}

export interface MeasuredFigures {
  /** Collector's local wall clock, naive ms (read its UTC fields). */
  startMs: number;
  periodSeconds: number;
  sampleSeconds: number;
  timeZone: string;
  targetRpoMinutes: number;
  /** Whether the target came from the plan or was assumed. */
  targetFrom: 'plan' | 'given' | 'assumed';
  vms: MeasuredVmFigures[];
  uplinkMbpsFor100Percent: number | null;
  uplinkMbpsFor90Percent: number | null;
  replay: MeasuredResult;
}

/** First matching and VM series from the two read files. */
export function measuredVms(measurement: PerfmonMeasurement, inventory: readonly InventoryDisk[], matches: readonly CounterMatch[] = matchCounters(measurement.counters, inventory)): MeasuredVm[] {
  return buildVmSeries(measurement, inventory, matches);
}

/** The replay of the measured period with `plan`'s link and policy, and the per-VM figures. */
export function analyseMeasured(plan: Plan, measurement: PerfmonMeasurement, vms: readonly MeasuredVm[], target?: { minutes: number; from: 'given' }): MeasuredFigures {
  const minutes = analysisTarget(plan, target?.minutes);
  const replay = evaluateMeasured(plan, measuredInput(plan, vms, measurement.startMs, measurement.intervalSeconds, minutes * 60));
  return measuredFigures(plan, measurement, vms, replay, target ? 'given' : undefined);
}

/** The target RPO an analysis uses: the one given, else the plan's, else DEFAULT_TARGET_RPO_MINUTES. */
export function analysisTarget(plan: Plan, given?: number): number {
  return given ?? plan.replication.targetRpoMinutes ?? DEFAULT_TARGET_RPO_MINUTES;
}

/** The figures of a replay already run (in the browser: by the analysis worker). */
export function measuredFigures(plan: Plan, measurement: PerfmonMeasurement, vms: readonly MeasuredVm[], replay: MeasuredResult, from?: 'given'): MeasuredFigures {
  const analysed = new Map(replay.vms.map((v) => [v.name, v]));
  return {
    startMs: measurement.startMs,
    periodSeconds: measurement.slots * measurement.intervalSeconds,
    sampleSeconds: measurement.intervalSeconds,
    timeZone: measurement.timeZone.name,
    targetRpoMinutes: replay.targetRpoSeconds / 60,
    targetFrom: from ?? (plan.replication.targetRpoMinutes !== null ? 'plan' : 'assumed'),
    vms: vms.map((vm) => {
      const s = summariseSeries(vm.bytesPerSecond, measurement.startMs, measurement.intervalSeconds, vm.seen);
      return {
        name: vm.name,
        id: analysed.get(vm.name)?.id ?? vm.name,
        disks: vm.disks.length,
        includedDisks: vm.disks.filter((d) => d.included).length,
        averageRawBytesPerDay: s.dailyBytes,
        sampledPercent: s.sampledPercent,
        busiestHour: s.busiestHour,
        p95BytesPerSecond: s.p95BytesPerSecond,
        peakBytesPerSecond: s.peakBytesPerSecond,
      };
    }),
    uplinkMbpsFor100Percent: replay.requiredUplinkMbps.met100,
    uplinkMbpsFor90Percent: replay.requiredUplinkMbps.met90,
    replay,
  };
}

/**
 * Derive the plan from the measurements: churn, profile and bursts per VM, the plan VMs that were
 * not measured kept or removed, and the target RPO of the analysis set when the plan had none.
 */
export function deriveMeasuredPlan(plan: Plan, measurement: PerfmonMeasurement, vms: readonly MeasuredVm[], settings: DeriveSettings, targetRpoMinutes: number): ApplyOutcome {
  const base: Plan = plan.replication.targetRpoMinutes === null ? { ...plan, replication: { ...plan.replication, targetRpoMinutes } } : plan;
  return applyDerived(base, vms, measurement.startMs, measurement.intervalSeconds, settings);
}

/** Remove unmeasured plan VMs by default only when they are all placeholders the planner named. */
export function placeholdersOnly(plan: Plan, vms: readonly Pick<MeasuredVm, 'name'>[]): boolean {
  const measured = new Set(vms.map((vm) => vm.name.trim().toLowerCase()));
  const others = plan.vms.filter((vm) => !measured.has(vm.name.trim().toLowerCase()));
  return others.length > 0 && others.every((vm) => PLACEHOLDER_VM_NAME.test(vm.name));
}
