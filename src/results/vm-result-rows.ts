/**
 * Rows of the per-VM results table (planner and report): the plan VM (name, frequency) joined with
 * its result and its initial replication, the orderings the table can sort by, and the cells both
 * tables word alike. Pure, so sorting is tested here.
 */
import type { Health, PlanResult } from '@/engine';
import { formatClock, formatDuration } from '@/lib/format';
import type { Plan } from '@/plan';
import { irVmFigure } from './initial-replication';
import { rpoFigure } from './unbounded';
import { healthReasonMessage } from './warnings';

export interface VmResultRow {
  id: string;
  name: string;
  count: number;
  /** Position in the plan: the tie-breaker, so equal rows keep the editor's order. */
  planIndex: number;
  frequencySeconds: number;
  worstRpoSeconds: number;
  /** SPEC §5.3a: how much this VM's lag grows per day when the plan is unbounded (0 = bounded). */
  rpoGrowthSecondsPerDay: number;
  /** Seconds until Hyper-V would demand a resync of this VM; null = never. */
  resyncAfterSeconds: number | null;
  averageRpoSeconds: number;
  health: Health;
  /** Why health is not Normal, worded in the display locale. */
  healthReasons: string[];
  resyncRequired: boolean;
  missedCycles: number;
  cycles: number;
  breach: { atSeconds: number; delaySeconds: number } | null;
  /** Per copy, raw bytes. */
  peakPendingLogBytes: number;
  /** Whole group, bytes. */
  replicaStorageBytes: number;
  /** Until the VM is protected (batch wait + copy + catch-up), seconds; null = never; undefined = no entry. */
  initialReplicationSeconds: number | null | undefined;
}

export type VmSortKey = 'name' | 'worstRpo' | 'health' | 'missed' | 'breach' | 'pendingLogs' | 'storage' | 'initialReplication';
export type SortDirection = 'ascending' | 'descending';
export interface VmSort {
  key: VmSortKey;
  direction: SortDirection;
}

/** Worst first by RPO: the question a reader brings to this table. */
export const DEFAULT_VM_SORT: VmSort = { key: 'worstRpo', direction: 'descending' };

const HEALTH_RANK: Record<Health, number> = { normal: 0, warning: 1, critical: 2 };

/** One row per plan VM (a group is one row), in plan order. */
export function buildVmResultRows(plan: Plan, result: PlanResult): VmResultRow[] {
  const byId = new Map(result.vms.map((vm) => [vm.id, vm]));
  const irById = new Map(result.initialReplication.vms.map((vm) => [vm.id, vm]));
  return plan.vms.flatMap((planVm, planIndex): VmResultRow[] => {
    const vm = byId.get(planVm.id);
    if (!vm) return [];
    const ir = irById.get(planVm.id);
    return [
      {
        id: vm.id,
        name: planVm.name || vm.name || vm.id,
        count: planVm.count,
        planIndex,
        frequencySeconds: planVm.frequencySeconds,
        worstRpoSeconds: vm.worstRpoSeconds,
        rpoGrowthSecondsPerDay: result.rpo.unbounded ? vm.rpoGrowthSecondsPerDay : 0,
        resyncAfterSeconds: vm.resyncAfterSeconds,
        averageRpoSeconds: vm.averageRpoSeconds,
        health: vm.health,
        healthReasons: vm.healthReasons.map(healthReasonMessage),
        resyncRequired: vm.resyncRequired,
        missedCycles: vm.missedCycles,
        cycles: vm.cycles,
        breach: vm.failureWindowBreach,
        peakPendingLogBytes: vm.peakPendingLogBytes,
        replicaStorageBytes: vm.replicaStorageBytes,
        initialReplicationSeconds: ir === undefined ? undefined : ir.completeSeconds,
      },
    ];
  });
}

/** Larger = worse, so "descending" always means worst first. */
function sortValue(row: VmResultRow, key: Exclude<VmSortKey, 'name'>): number {
  switch (key) {
    case 'worstRpo':
      // A lag that grows without limit is worse than any finite one; faster growth first.
      return row.rpoGrowthSecondsPerDay > 0 ? 1e15 + row.rpoGrowthSecondsPerDay : row.worstRpoSeconds;
    case 'health':
      // Resync required is the worst critical; within a health state the longer lag is worse.
      return HEALTH_RANK[row.health] * 10 + (row.resyncRequired ? 5 : 0);
    case 'missed':
      return row.cycles > 0 ? row.missedCycles / row.cycles : 0;
    case 'breach':
      return row.breach === null ? -1 : row.breach.delaySeconds;
    case 'pendingLogs':
      return row.peakPendingLogBytes;
    case 'storage':
      return row.replicaStorageBytes;
    case 'initialReplication':
      return row.initialReplicationSeconds === undefined ? -1 : row.initialReplicationSeconds === null ? Number.POSITIVE_INFINITY : row.initialReplicationSeconds;
  }
}

/** A sorted copy; ties keep plan order in both directions. Health ties fall back to worst RPO. */
export function sortVmResultRows(rows: readonly VmResultRow[], sort: VmSort): VmResultRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: VmResultRow, b: VmResultRow): number => {
    if (sort.key === 'name') return sign * a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' });
    const d = sortValue(a, sort.key) - sortValue(b, sort.key);
    if (d !== 0 && !Number.isNaN(d)) return sign * d;
    if (sort.key === 'health') return sign * (a.worstRpoSeconds - b.worstRpoSeconds);
    return 0;
  };
  return rows.map((r) => r).sort((a, b) => compare(a, b) || a.planIndex - b.planIndex);
}

/** The direction a first click on a column sorts: names A→Z, measures worst first. */
export function firstDirection(key: VmSortKey): SortDirection {
  return key === 'name' ? 'ascending' : 'descending';
}

/** The next sort after clicking `key`'s header. */
export function nextSort(current: VmSort, key: VmSortKey): VmSort {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** "00:10, waits 40 min" or an em dash. */
export function breachText(row: VmResultRow): string {
  return row.breach === null ? '—' : `${formatClock(row.breach.atSeconds)}, waits ${formatDuration(row.breach.delaySeconds)}`;
}

/** Protected after…, "never" or a dash when the VM has no initial-replication entry. */
export function initialReplicationText(row: VmResultRow): string {
  return irVmFigure(row.initialReplicationSeconds);
}

/** Worst RPO cell: a duration, or how fast it grows when the plan is unbounded (SPEC §5.3a). */
export function worstRpoText(row: VmResultRow): string {
  return rpoFigure(row.worstRpoSeconds, row.rpoGrowthSecondsPerDay);
}
