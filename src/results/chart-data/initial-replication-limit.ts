/**
 * Big plans have thousands of VMs: a Gantt row each would be unreadable. Keep the rows that
 * decide when the plan is protected — the ones that never finish, then the latest to finish —
 * and show them in plan order so batches still read top to bottom.
 */
import type { InitialReplicationRow } from './initial-replication-chart';

/** Default number of Gantt rows drawn. */
export const IR_CHART_MAX_ROWS = 20;

/** At most `max` rows: never-completing first, then latest completion; returned in plan order. */
export function latestInitialReplicationRows(rows: readonly InitialReplicationRow[], max = IR_CHART_MAX_ROWS): InitialReplicationRow[] {
  if (rows.length <= max) return [...rows];
  const end = (r: InitialReplicationRow) => (r.completeHours === null ? Number.POSITIVE_INFINITY : r.completeHours);
  const keep = new Set(
    rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => end(b.r) - end(a.r) || a.i - b.i)
      .slice(0, max)
      .map(({ i }) => i),
  );
  return rows.filter((_, i) => keep.has(i));
}
