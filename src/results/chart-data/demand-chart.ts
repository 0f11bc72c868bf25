/**
 * Demand chart: wire demand per hour of the day, stacked by VM (top N + "others"), against the
 * capacity replication may use. Exact, not apportioned: the engine reports each VM group's hourly
 * demand (`vms[].hourlyDemandMbps`), so no VM's profile is smeared over another's busy hours.
 */
import type { PlanResult } from '@/engine';
import { formatClock } from '@/lib/format';
import { finiteOr } from './chart-units';

/** How many VMs get their own stack; the rest are summed into "others". */
export const DEMAND_TOP_VMS = 8;
const HOURS = 24;
export const OTHERS_KEY = 'others';

/** One stacked series: `key` is the data key in every point (never a raw VM id, which could collide). */
export interface DemandSeries {
  key: string;
  label: string;
  /** VM ids summed into this stack (one for a VM, the rest for "others"). */
  vmIds: string[];
  averageDemandMbps: number;
}

/** One hour: fixed fields plus one number per series key (`vm0`…`vm7`, `others`). */
export type DemandPoint = {
  hour: number;
  /** "hh:00" for the axis. */
  time: string;
  demandMbps: number;
  capacityMbps: number;
} & Record<string, number | string>;

export interface DemandChartData {
  /** Stacks in drawing order, biggest average demand first; "others" last when present. */
  series: DemandSeries[];
  points: DemandPoint[];
  peakDemandMbps: number;
  /** Largest of demand and capacity, for a shared y-axis domain. */
  maxMbps: number;
}

/** Hourly wire demand stacked by the `topN` busiest VM groups (by daily average) plus "others". */
export function buildDemandChart(result: PlanResult, topN = DEMAND_TOP_VMS): DemandChartData {
  // Stable sort: equal demands keep plan order, so the legend does not shuffle between runs.
  const ranked = result.vms
    .map((vm, index) => ({ vm, index }))
    .sort((a, b) => finiteOr(b.vm.averageDemandMbps, 0) - finiteOr(a.vm.averageDemandMbps, 0) || a.index - b.index);
  const top = ranked.slice(0, Math.max(0, topN));
  const rest = ranked.slice(top.length);

  const hourly = (vmIndex: number, h: number) => Math.max(0, finiteOr(result.vms[vmIndex]!.hourlyDemandMbps[h] ?? 0, 0));
  const groups = top.map(({ vm, index }, k) => ({
    series: { key: `vm${k}`, label: vm.name || vm.id, vmIds: [vm.id], averageDemandMbps: finiteOr(vm.averageDemandMbps, 0) },
    indices: [index],
  }));
  if (rest.length > 0) {
    groups.push({
      series: {
        key: OTHERS_KEY,
        label: `${rest.length} other VM${rest.length === 1 ? '' : 's'}`,
        vmIds: rest.map((r) => r.vm.id),
        averageDemandMbps: rest.reduce((s, r) => s + finiteOr(r.vm.averageDemandMbps, 0), 0),
      },
      indices: rest.map((r) => r.index),
    });
  }

  const points: DemandPoint[] = Array.from({ length: HOURS }, (_, h) => {
    const point: DemandPoint = {
      hour: h,
      time: formatClock(h * 3600),
      demandMbps: 0,
      capacityMbps: Math.max(0, finiteOr(result.bandwidth.capacityByHourMbps[h] ?? 0, 0)),
    };
    let total = 0;
    for (const g of groups) {
      const value = g.indices.reduce((s, i) => s + hourly(i, h), 0);
      point[g.series.key] = value;
      total += value;
    }
    point.demandMbps = total;
    return point;
  });

  const peakDemandMbps = Math.max(0, ...points.map((p) => p.demandMbps));
  return {
    series: groups.map((g) => g.series),
    points,
    peakDemandMbps,
    maxMbps: Math.max(peakDemandMbps, ...points.map((p) => p.capacityMbps)),
  };
}
