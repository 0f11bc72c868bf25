/**
 * What-if chart, display layer: splits the curve where the plan stops keeping up (an unstable
 * point's "worst RPO" is only the last simulated day's lag, still growing, so it is marked, not
 * joined to the line) and merges requirement markers that fall on the same uplink so their
 * labels do not print over each other (the branch office needs 0.933 Mbps for three of them).
 */
import type { WhatIfChartData, WhatIfMarker, WhatIfMarkerKind } from './what-if-chart';

export interface WhatIfRow {
  uplinkMbps: number;
  /** Worst RPO on a stable point, minutes; null where the backlog grows. */
  stableRpoMinutes: number | null;
  /** Worst RPO on an unstable point (still growing), minutes; null where stable. */
  unstableRpoMinutes: number | null;
  onTimeCyclesPercent: number;
  vmsBreaching: number;
  stable: boolean;
}

/** One vertical line: one or more markers at (nearly) the same uplink. */
export interface WhatIfMarkerGroup {
  uplinkMbps: number;
  kinds: WhatIfMarkerKind[];
  /** Short text drawn on the line, e.g. "Now" or "Window · No misses". */
  shortLabel: string;
  markers: WhatIfMarker[];
}

export interface WhatIfDisplay {
  rows: WhatIfRow[];
  groups: WhatIfMarkerGroup[];
  /** Largest uplink on the curve that is still unstable; null when every point keeps up. */
  unstableUpToMbps: number | null;
  minMbps: number;
  maxMbps: number;
}

export const SHORT_MARKER_LABELS: Record<WhatIfMarkerKind, string> = {
  current: 'Now',
  stable: 'Keeps up',
  withinFailureWindow: 'Window',
  noMissedCycles: 'No misses',
  targetRpo: 'Target',
};

/** Markers closer than this ratio share one line (2 % is a few pixels on a log axis). */
const MERGE_RATIO = 1.02;

/** Rows for the chart (split by stability) and marker groups, sorted by uplink. */
export function buildWhatIfDisplay(data: WhatIfChartData): WhatIfDisplay {
  const rows = data.points.map((p) => ({
    uplinkMbps: p.uplinkMbps,
    stableRpoMinutes: p.stable ? p.worstRpoMinutes : null,
    unstableRpoMinutes: p.stable ? null : p.worstRpoMinutes,
    onTimeCyclesPercent: p.onTimeCyclesPercent,
    vmsBreaching: p.vmsBreaching,
    stable: p.stable,
  }));
  const unstable = data.points.filter((p) => !p.stable);
  const groups: WhatIfMarkerGroup[] = [];
  for (const m of [...data.markers].sort((a, b) => a.uplinkMbps - b.uplinkMbps)) {
    const last = groups.at(-1);
    if (last && m.uplinkMbps <= last.uplinkMbps * MERGE_RATIO) {
      last.markers.push(m);
      last.kinds.push(m.kind);
    } else {
      groups.push({ uplinkMbps: m.uplinkMbps, kinds: [m.kind], shortLabel: '', markers: [m] });
    }
  }
  for (const g of groups) g.shortLabel = g.kinds.map((k) => SHORT_MARKER_LABELS[k]).join(' · ');
  const xs = [...data.points.map((p) => p.uplinkMbps), ...data.markers.map((m) => m.uplinkMbps)];
  return {
    rows,
    groups,
    unstableUpToMbps: unstable.length > 0 ? Math.max(...unstable.map((p) => p.uplinkMbps)) : null,
    minMbps: xs.length > 0 ? Math.min(...xs) : 0.1,
    maxMbps: xs.length > 0 ? Math.max(...xs) : 1,
  };
}
