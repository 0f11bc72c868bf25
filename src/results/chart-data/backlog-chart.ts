/**
 * Backlog chart: overdue wire bytes and the worst replication lag through the reported day, with
 * reference lines for the replication interval(s) and the failure window, and a marker where each
 * VM first breaches the window. x is "hh:mm" of the step's start; the engine measures backlog at
 * the step's end and worst RPO within the step, so a point describes the step it starts.
 */
import type { PlanResult } from '@/engine';
import { formatClock, formatDuration } from '@/lib/format';
import { byteScale, finiteOr, toMinutes, type ByteScale, type PlanContext } from './chart-units';

export interface BacklogPoint {
  atSeconds: number;
  time: string;
  backlogBytes: number;
  /** backlogBytes in `unit` (GiB/GB…), for the axis. */
  backlog: number;
  worstRpoMinutes: number;
  worstRpoVmId: string;
}

/** A horizontal line on the RPO axis, minutes. */
export interface RpoReference {
  kind: 'interval' | 'failureWindow';
  minutes: number;
  label: string;
}

/** Where a VM first breaches the failure window; `time` is snapped to its step so it sits on the axis. */
export interface BreachMarker {
  vmId: string;
  label: string;
  atSeconds: number;
  time: string;
  delayMinutes: number;
  /** Worst RPO plotted at that step, minutes: the marker's y. */
  worstRpoMinutes: number;
}

/** The chart's marker for one step: the first VM that breaches in it and how many do. */
export interface BreachMark extends BreachMarker {
  /** VMs whose first breach falls in this step (≥ 1). */
  count: number;
}

export interface BacklogChartData {
  points: BacklogPoint[];
  unit: ByteScale;
  peakBacklogBytes: number;
  references: RpoReference[];
  /** Every breaching VM, earliest first. */
  breaches: BreachMarker[];
  /** At most one marker per step (a 5 000-VM plan would otherwise draw thousands of symbols). */
  breachMarks: BreachMark[];
}

/** Backlog and worst RPO per series step; references and breach markers for the RPO axis. */
export function buildBacklogChart(result: PlanResult, plan: Pick<PlanContext, 'units' | 'vms'>): BacklogChartData {
  const { series } = result;
  const step = series.stepSeconds > 0 ? series.stepSeconds : 300;
  const n = Math.min(series.backlogBytes.length, series.worstRpoSeconds.length);
  const raw = Array.from({ length: n }, (_, k) => Math.max(0, finiteOr(series.backlogBytes[k]!, 0)));
  const peakBacklogBytes = Math.max(0, ...raw);
  const unit = byteScale(peakBacklogBytes, plan.units.storage);

  const points: BacklogPoint[] = raw.map((bytes, k) => ({
    atSeconds: k * step,
    time: formatClock(k * step),
    backlogBytes: bytes,
    backlog: bytes / unit.bytesPerUnit,
    worstRpoMinutes: Math.max(0, toMinutes(series.worstRpoSeconds[k]!)),
    worstRpoVmId: series.worstRpoVmIds[k] ?? '',
  }));

  // One line per distinct interval: a lag near T is healthy, a lag past the window is a failure.
  const intervals = [...new Set(plan.vms.map((vm) => vm.frequencySeconds))].filter((s) => s > 0).sort((a, b) => a - b);
  const references: RpoReference[] = intervals.map((s) => ({ kind: 'interval', minutes: s / 60, label: `Interval ${formatDuration(s)}` }));
  const windowSeconds = finiteOr(result.failureWindow.windowSeconds, 0);
  if (windowSeconds > 0) {
    references.push({ kind: 'failureWindow', minutes: windowSeconds / 60, label: `Failure window ${formatDuration(windowSeconds)}` });
  }

  const breaches: BreachMarker[] = result.vms
    .flatMap((vm) => {
      const breach = vm.failureWindowBreach;
      if (!breach || !Number.isFinite(breach.atSeconds)) return [];
      const k = Math.min(Math.max(0, Math.floor(breach.atSeconds / step)), Math.max(0, n - 1));
      return [
        {
          vmId: vm.id,
          label: vm.name || vm.id,
          atSeconds: breach.atSeconds,
          time: formatClock(k * step),
          delayMinutes: Math.max(0, toMinutes(breach.delaySeconds)),
          worstRpoMinutes: points[k]?.worstRpoMinutes ?? 0,
        },
      ];
    })
    .sort((a, b) => a.atSeconds - b.atSeconds); // stable: simultaneous breaches keep plan order

  const breachMarks: BreachMark[] = [];
  for (const b of breaches) {
    const last = breachMarks.at(-1);
    if (last && last.time === b.time) last.count++;
    else breachMarks.push({ ...b, count: 1 });
  }
  for (const m of breachMarks) if (m.count > 1) m.label = `${m.label} and ${m.count - 1} more`;

  return { points, unit, peakBacklogBytes, references, breaches, breachMarks };
}
