/**
 * Storage chart: the replica site as one stacked bar (its parts add up to the total), and the
 * primary site's three figures as separate bars. The primary figures are not stacked on purpose:
 * they are alternative worst cases (peak pending logs ≤ delta reserve; the initial-replication
 * reserve replaces the delta one while the copy runs [ASR-DP-RPT]), not parts of one sum.
 */
import type { PlanResult } from '@/engine';
import { formatBytes } from '@/lib/format';
import { byteScale, finiteOr, type ByteScale, type PlanContext } from './chart-units';

export type StorageSegmentKey =
  | 'base'
  | 'recoveryPoints'
  | 'inFlight'
  | 'extended'
  | 'headroom'
  | 'pendingLogs'
  | 'deltaReserve'
  | 'initialReplicationReserve';

export interface StorageSegment {
  key: StorageSegmentKey;
  label: string;
  bytes: number;
  /** bytes in the chart's unit. */
  value: number;
  /** e.g. "1.5 GiB", for tooltips and bar labels. */
  text: string;
}

export interface StorageBar {
  id: 'replica' | 'primaryPendingLogs' | 'primaryDeltaReserve' | 'primaryInitialReserve';
  site: 'replica' | 'primary';
  label: string;
  totalBytes: number;
  segments: StorageSegment[];
}

/** One row per bar for Recharts: `label` plus the value of each segment key it has. */
export type StorageRow = { label: string } & Partial<Record<StorageSegmentKey, number>>;

export interface StorageChartData {
  unit: ByteScale;
  bars: StorageBar[];
  rows: StorageRow[];
  /** Segment keys with a non-zero value somewhere, in stacking order: the legend. */
  series: { key: StorageSegmentKey; label: string }[];
}

const LABELS: Record<StorageSegmentKey, string> = {
  base: 'Base copies',
  recoveryPoints: 'Recovery points',
  inFlight: 'In-flight logs',
  extended: 'Extended site',
  headroom: 'Headroom',
  pendingLogs: 'Peak pending logs',
  deltaReserve: 'Delta reserve (50 % of VHD)',
  initialReplicationReserve: 'Initial replication reserve (100 % of VHD)',
};

/** Replica breakdown and primary reserves as labelled bar segments in one byte unit. */
export function buildStorageChart(result: PlanResult, plan: Pick<PlanContext, 'units'>): StorageChartData {
  const { replica, primary } = result.storage;
  const raw: { id: StorageBar['id']; site: StorageBar['site']; label: string; parts: [StorageSegmentKey, number][] }[] = [
    {
      id: 'replica',
      site: 'replica',
      label: 'Replica site',
      parts: [
        ['base', replica.baseBytes],
        ['recoveryPoints', replica.recoveryPointBytes],
        ['inFlight', replica.inFlightBytes],
        ['extended', replica.extendedBytes],
        ['headroom', replica.headroomBytes],
      ],
    },
    { id: 'primaryPendingLogs', site: 'primary', label: 'Primary: peak pending logs', parts: [['pendingLogs', primary.peakPendingLogBytes]] },
    { id: 'primaryDeltaReserve', site: 'primary', label: 'Primary: delta reserve', parts: [['deltaReserve', primary.deltaReserveBytes]] },
    {
      id: 'primaryInitialReserve',
      site: 'primary',
      label: 'Primary: initial replication reserve',
      parts: [['initialReplicationReserve', primary.initialReplicationReserveBytes]],
    },
  ];
  const clean = raw.map((b) => ({ ...b, parts: b.parts.map(([k, v]) => [k, Math.max(0, finiteOr(v, 0))] as const) }));
  // Totals are the sum of the drawn parts, so the bar's height and its label always agree.
  const totals = clean.map((b) => b.parts.reduce((s, [, v]) => s + v, 0));
  const unit = byteScale(Math.max(0, ...totals), plan.units.storage);

  const bars: StorageBar[] = clean.map((b, i) => ({
    id: b.id,
    site: b.site,
    label: b.label,
    totalBytes: totals[i]!,
    segments: b.parts.map(([key, bytes]) => ({
      key,
      label: LABELS[key],
      bytes,
      value: bytes / unit.bytesPerUnit,
      text: formatBytes(bytes, plan.units.storage),
    })),
  }));
  const rows: StorageRow[] = bars.map((bar) => {
    const row: StorageRow = { label: bar.label };
    for (const s of bar.segments) row[s.key] = s.value;
    return row;
  });
  const series = bars.flatMap((bar) => bar.segments.filter((s) => s.bytes > 0).map((s) => ({ key: s.key, label: s.label })));
  return { unit, bars, rows, series };
}
