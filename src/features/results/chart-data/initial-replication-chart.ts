/**
 * Initial-replication chart: a Gantt-like stacked bar per VM — an invisible offset (waiting for
 * its batch), the copy, then the catch-up of churn logged meanwhile. A phase that never ends has
 * no length, so it is drawn as `neverHours` up to a horizon past every finite event and flagged.
 */
import type { PlanResult } from '@/engine';
import { formatDuration } from '@/lib/format';
import { finiteOrNull, toHours } from './chart-units';

export interface InitialReplicationRow {
  id: string;
  label: string;
  method: 'network' | 'offline' | 'seed';
  /** Transparent leading segment: when the copy starts, hours after initial replication begins. */
  offsetHours: number;
  copyHours: number;
  catchUpHours: number;
  /** Segment from where progress stops to the horizon, only for a VM that never completes. */
  neverHours: number;
  neverCompletes: boolean;
  /** Which phase never ends; null when the VM completes. */
  stalledPhase: 'copy' | 'catch-up' | null;
  completeHours: number | null;
  resyncRisk: boolean;
  /** "Protected after 2 h 30 min", "Copy never finishes", … for the bar label. */
  status: string;
}

export interface InitialReplicationChartData {
  rows: InitialReplicationRow[];
  /** Right edge of the x-axis, hours. */
  horizonHours: number;
  /** Whole plan protected after this many hours; null = never. */
  totalHours: number | null;
  recommendOffline: boolean;
}

/** Margin past the last finite event so "never" bars visibly run on beyond everything that ends. */
const NEVER_MARGIN = 1.25;
/** Axis length when nothing has a finite end at all, hours: one day reads naturally. */
const FALLBACK_HORIZON_HOURS = 24;

/** Per-VM offset / copy / catch-up bars in hours, plan order; "never completes" drawn to the horizon. */
export function buildInitialReplicationChart(result: PlanResult): InitialReplicationChartData {
  const names = new Map(result.vms.map((vm) => [vm.id, vm.name || vm.id]));
  const phases = result.initialReplication.vms.map((vm) => {
    const offset = Math.max(0, toHours(vm.startSeconds));
    const copy = finiteOrNull(vm.durationSeconds);
    const catchUp = copy === null ? null : finiteOrNull(vm.catchUpSeconds);
    return { vm, offset, copy: copy === null ? null : Math.max(0, copy / 3600), catchUp: catchUp === null ? null : Math.max(0, catchUp / 3600) };
  });

  const finiteEnds = phases.flatMap((p) => [p.offset, p.offset + (p.copy ?? 0) + (p.catchUp ?? 0)]);
  const latest = Math.max(0, ...finiteEnds);
  const anyNever = phases.some((p) => p.copy === null || p.catchUp === null);
  const horizonHours = !anyNever ? latest : latest > 0 ? latest * NEVER_MARGIN : FALLBACK_HORIZON_HOURS;

  const rows = phases.map(({ vm, offset, copy, catchUp }): InitialReplicationRow => {
    const stalledPhase = copy === null ? 'copy' : catchUp === null ? 'catch-up' : null;
    const reached = offset + (copy ?? 0) + (catchUp ?? 0);
    const completeHours = stalledPhase === null ? reached : null;
    return {
      id: vm.id,
      label: names.get(vm.id) ?? vm.id,
      method: vm.method,
      offsetHours: offset,
      copyHours: copy ?? 0,
      catchUpHours: catchUp ?? 0,
      neverHours: stalledPhase === null ? 0 : Math.max(0, horizonHours - reached),
      neverCompletes: stalledPhase !== null,
      stalledPhase,
      completeHours,
      resyncRisk: vm.resyncRisk,
      status:
        stalledPhase === 'copy'
          ? 'Copy never finishes'
          : stalledPhase === 'catch-up'
            ? 'Catch-up never finishes'
            : `Protected after ${formatDuration(reached * 3600)}`,
    };
  });

  const total = finiteOrNull(result.initialReplication.totalSeconds);
  return {
    rows,
    horizonHours,
    totalHours: total === null ? null : Math.max(0, total / 3600),
    recommendOffline: result.initialReplication.recommendOffline,
  };
}
