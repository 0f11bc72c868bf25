/**
 * Initial-replication chart: a true timeline per VM (SPEC §5.6) — an invisible offset (waiting in
 * the queue), then the copy (network), the read (seed) or export → shipping → import (offline), the
 * catch-up of what was written meanwhile, and "protected" until every VM is. The segments come from
 * the same figures the tables show (start, copy end, protected), so chart and tables agree. A phase
 * that never ends is drawn up to a horizon past every finite event and flagged.
 */
import type { PlanResult } from '@/engine';
import { formatDuration } from '@/lib/format';
import { irAdviceText } from '../initial-replication';
import { finiteOrNull, toHours } from './chart-units';

export interface InitialReplicationRow {
  id: string;
  label: string;
  method: 'network' | 'offline' | 'seed';
  /** Transparent leading segment: when the copy (export, read) starts, hours after initial replication begins. */
  offsetHours: number;
  /** Network copy or seed read. */
  copyHours: number;
  /** Offline: export, shipping (incl. waiting for the other exports and for the import), import. */
  exportHours: number;
  shippingHours: number;
  importHours: number;
  catchUpHours: number;
  /** Segment from where progress stops to the horizon, only for a VM that never completes. */
  neverHours: number;
  /** From this VM's protection until the whole plan's (or the horizon). */
  protectedHours: number;
  neverCompletes: boolean;
  /** Which phase never ends; null when the VM completes. */
  stalledPhase: 'copy' | 'catch-up' | null;
  startHours: number;
  copyEndHours: number | null;
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
  /** "Ship FS01 … on disk (offline): every VM protected after …", or null. */
  advice: string | null;
}

/** Margin past the last finite event so "never" bars visibly run on beyond everything that ends. */
const NEVER_MARGIN = 1.25;
/** Axis length when nothing has a finite end at all, hours: one day reads naturally. */
const FALLBACK_HORIZON_HOURS = 24;

const hoursOf = (seconds: number | null) => {
  const s = finiteOrNull(seconds);
  return s === null ? null : Math.max(0, toHours(s));
};

/** Per-VM timeline segments in hours, plan order; "never completes" drawn to the horizon. */
export function buildInitialReplicationChart(result: PlanResult): InitialReplicationChartData {
  const names = new Map(result.vms.map((vm) => [vm.id, vm.name || vm.id]));
  const spans = result.initialReplication.vms.map((vm) => {
    const start = Math.max(0, toHours(vm.startSeconds));
    const copyEnd = vm.durationSeconds === null ? null : hoursOf(vm.startSeconds + vm.durationSeconds);
    const complete = copyEnd === null || vm.catchUpSeconds === null ? null : copyEnd + Math.max(0, toHours(vm.catchUpSeconds));
    return { vm, start, copyEnd, complete };
  });
  const total = hoursOf(result.initialReplication.totalSeconds);
  const latest = Math.max(0, ...spans.flatMap((s) => [s.start, s.copyEnd ?? 0, s.complete ?? 0]));
  const anyNever = spans.some((s) => s.complete === null);
  const horizonHours = !anyNever ? latest : latest > 0 ? latest * NEVER_MARGIN : FALLBACK_HORIZON_HOURS;

  const rows = spans.map(({ vm, start, copyEnd, complete }): InitialReplicationRow => {
    const stalledPhase = copyEnd === null ? 'copy' : complete === null ? 'catch-up' : null;
    const copyLength = copyEnd === null ? 0 : copyEnd - start;
    const phase = (kind: string) => vm.phases.find((p) => p.kind === kind);
    const length = (kind: string) => {
      const p = phase(kind);
      return p && p.endSeconds !== null ? Math.max(0, toHours(p.endSeconds - p.startSeconds)) : 0;
    };
    const offline = vm.method === 'offline' && copyEnd !== null;
    const exportHours = offline ? length('export') : 0;
    const importHours = offline ? length('import') : 0;
    const reached = complete ?? copyEnd ?? start;
    return {
      id: vm.id,
      label: names.get(vm.id) ?? vm.id,
      method: vm.method,
      offsetHours: start,
      copyHours: offline ? 0 : copyLength,
      exportHours,
      shippingHours: offline ? Math.max(0, copyLength - exportHours - importHours) : 0,
      importHours,
      catchUpHours: complete === null || copyEnd === null ? 0 : complete - copyEnd,
      neverHours: stalledPhase === null ? 0 : Math.max(0, horizonHours - reached),
      protectedHours: complete === null ? 0 : Math.max(0, (total ?? horizonHours) - complete),
      neverCompletes: stalledPhase !== null,
      stalledPhase,
      startHours: start,
      copyEndHours: copyEnd,
      completeHours: complete,
      resyncRisk: vm.resyncRisk,
      status:
        stalledPhase === 'copy'
          ? vm.method === 'offline'
            ? 'Import never finishes'
            : 'Copy never finishes'
          : stalledPhase === 'catch-up'
            ? 'Catch-up never finishes'
            : `Protected after ${formatDuration(reached * 3600)}`,
    };
  });

  return {
    rows,
    horizonHours,
    totalHours: total,
    recommendOffline: result.initialReplication.recommendOffline,
    advice: irAdviceText(result),
  };
}
