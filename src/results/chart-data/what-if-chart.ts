/**
 * What-if chart: "what if we buy X Mbps?" — worst RPO and % of cycles on time against the uplink,
 * with markers for the current uplink and each uplink requirement the engine found.
 */
import type { PlanResult, RequiredUplink } from '@/engine';
import { formatMbps } from '@/lib/format';
import { finiteOr, finiteOrNull, toMinutes, type PlanContext } from './chart-units';

export interface WhatIfChartPoint {
  uplinkMbps: number;
  worstRpoMinutes: number;
  onTimeCyclesPercent: number;
  vmsBreaching: number;
  stable: boolean;
}

export type WhatIfMarkerKind = 'current' | keyof RequiredUplink;

/** A vertical line at an uplink; y values are the curve's at that uplink, null when it is off the curve. */
export interface WhatIfMarker {
  kind: WhatIfMarkerKind;
  uplinkMbps: number;
  label: string;
  worstRpoMinutes: number | null;
  onTimeCyclesPercent: number | null;
  /** False where the backlog grows at this uplink: its worst RPO is no answer (SPEC §5.3a); null when off the curve. */
  stable: boolean | null;
}

export interface WhatIfChartData {
  points: WhatIfChartPoint[];
  markers: WhatIfMarker[];
}

const REQUIREMENT_LABELS: Record<keyof RequiredUplink, string> = {
  stable: 'Keeps up',
  withinFailureWindow: 'Within failure window',
  noMissedCycles: 'No missed cycles',
  targetRpo: 'Target RPO',
};

/** The engine's what-if curve in chart units, sorted by uplink, plus labelled markers. */
export function buildWhatIfChart(result: PlanResult, plan: Pick<PlanContext, 'link' | 'replication'>): WhatIfChartData {
  const points = result.bandwidth.whatIf
    .filter((p) => Number.isFinite(p.uplinkMbps) && p.uplinkMbps > 0) // a log axis cannot show 0
    .map((p) => ({
      uplinkMbps: p.uplinkMbps,
      worstRpoMinutes: Math.max(0, toMinutes(p.worstRpoSeconds)),
      onTimeCyclesPercent: Math.min(100, Math.max(0, finiteOr(p.onTimeCyclesPercent, 0))),
      vmsBreaching: Math.max(0, finiteOr(p.vmsBreaching, 0)),
      stable: p.stable,
    }))
    .sort((a, b) => a.uplinkMbps - b.uplinkMbps);

  const target = finiteOrNull(plan.replication.targetRpoMinutes);
  const label = (kind: WhatIfMarkerKind, mbps: number) => {
    if (kind === 'current') return `Current uplink ${formatMbps(mbps)}`;
    const name = kind === 'targetRpo' && target !== null ? `Target RPO ${target} min` : REQUIREMENT_LABELS[kind];
    return `${name}: ${formatMbps(mbps)}`;
  };

  const required = result.bandwidth.requiredUplinkMbps;
  const candidates: [WhatIfMarkerKind, number | null][] = [
    ['current', plan.link.uplinkMbps],
    ['stable', required.stable],
    ['withinFailureWindow', required.withinFailureWindow],
    ['noMissedCycles', required.noMissedCycles],
    ['targetRpo', required.targetRpo],
  ];
  const markers = candidates.flatMap(([kind, value]): WhatIfMarker[] => {
    const mbps = finiteOrNull(value);
    if (mbps === null || mbps <= 0) return []; // null = unreachable or not asked: nothing to mark
    // The engine puts the current uplink and every requirement on the curve exactly (when in range).
    const at = points.find((p) => Math.abs(p.uplinkMbps - mbps) <= 1e-9 * mbps);
    return [
      {
        kind,
        uplinkMbps: mbps,
        label: label(kind, mbps),
        worstRpoMinutes: at?.worstRpoMinutes ?? null,
        onTimeCyclesPercent: at?.onTimeCyclesPercent ?? null,
        stable: at?.stable ?? null,
      },
    ];
  });
  return { points, markers };
}
