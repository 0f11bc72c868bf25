import { useMemo, useState } from 'react';
import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { formatBytes, formatDuration } from '@/lib/format';
import { buildVmResultRows, DEFAULT_VM_SORT, initialReplicationText, nextSort, sortVmResultRows, worstRpoText, type VmSort, type VmSortKey } from '@/results/vm-result-rows';
import { BreachCell, HealthCell, VmNameButton } from './vm-result-cells';
import './vm-results.css';

/** Rows shown before "Show all": enough for any branch office, bounded for 5 000-VM plans. */
export const VM_RESULTS_PAGE = 50;
/** A longer table grows by this many rows per click, so no click renders thousands of rows at once. */
export const VM_RESULTS_MORE = 500;

interface Column {
  label: string;
  sortKey?: VmSortKey;
  numeric?: boolean;
  /** Small second line under the header: what the figure counts. */
  note?: string;
}

const COLUMNS: Column[] = [
  { label: 'VM', sortKey: 'name' },
  { label: 'Frequency', numeric: true },
  { label: 'Worst RPO', sortKey: 'worstRpo', numeric: true },
  { label: 'Average RPO', numeric: true },
  { label: 'Health', sortKey: 'health' },
  { label: 'Missed cycles', sortKey: 'missed', numeric: true },
  { label: 'Window breach', sortKey: 'breach', note: 'first, longest wait' },
  { label: 'Peak pending logs', sortKey: 'pendingLogs', numeric: true, note: 'per copy' },
  { label: 'Replica storage', sortKey: 'storage', numeric: true, note: 'whole group' },
  { label: 'Initial replication', sortKey: 'initialReplication', numeric: true, note: 'until protected' },
];

function SortHeader({ column, sort, onSort }: { column: Column; sort: VmSort; onSort: (key: VmSortKey) => void }) {
  const className = column.numeric ? 'vm-results-num' : undefined;
  if (!column.sortKey) {
    return (
      <th scope="col" className={className}>
        {column.label}
        {column.note ? <span className="vm-results-note">{column.note}</span> : null}
      </th>
    );
  }
  const active = sort.key === column.sortKey;
  const key = column.sortKey;
  return (
    <th scope="col" className={className} aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="vm-results-sort" onClick={() => onSort(key)}>
        <span>
          {column.label}
          {column.note ? <span className="vm-results-note">{column.note}</span> : null}
        </span>
        <span className="vm-results-sort-icon" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** One row per plan VM (a group shows its count): RPO, health, missed cycles, breach, storage, IR. */
export function VmResultsTable({ plan, result }: { plan: Plan; result: PlanResult }) {
  const [sort, setSort] = useState<VmSort>(DEFAULT_VM_SORT);
  const [limit, setLimit] = useState(VM_RESULTS_PAGE);
  const rows = useMemo(() => buildVmResultRows(plan, result), [plan, result]);
  const sorted = useMemo(() => sortVmResultRows(rows, sort), [rows, sort]);
  const visible = sorted.slice(0, limit);
  const rest = sorted.length - visible.length;
  const more = sorted.length > VM_RESULTS_MORE ? Math.min(rest, VM_RESULTS_MORE) : rest;
  const units = plan.units.storage;
  const sortedBy = COLUMNS.find((c) => c.sortKey === sort.key)?.label ?? '';

  return (
    <section className="vm-results" aria-labelledby="vm-results-heading">
      <h2 id="vm-results-heading">Per-VM results</h2>
      <div className="vm-results-scroll">
        <table className="vm-results-table" aria-labelledby="vm-results-heading" aria-describedby="vm-results-status">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <SortHeader key={c.label} column={c} sort={sort} onSort={(key) => setSort((s) => nextSort(s, key))} />
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <VmNameButton row={row} />
                  {row.count > 1 ? <span className="vm-results-count"> × {row.count}</span> : null}
                </th>
                <td className="vm-results-num">{formatDuration(row.frequencySeconds)}</td>
                <td className="vm-results-num">{worstRpoText(row)}</td>
                <td className="vm-results-num">{formatDuration(row.averageRpoSeconds)}</td>
                <td>
                  <HealthCell row={row} />
                </td>
                <td className="vm-results-num">
                  {row.missedCycles}/{row.cycles}
                </td>
                <td>
                  <BreachCell row={row} />
                </td>
                <td className="vm-results-num">{formatBytes(row.peakPendingLogBytes, units)}</td>
                <td className="vm-results-num">{formatBytes(row.replicaStorageBytes, units)}</td>
                <td className="vm-results-num">{initialReplicationText(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id="vm-results-status" className="vm-results-status">
        {visible.length < sorted.length
          ? `Showing the first ${visible.length} of ${sorted.length} VMs, sorted by ${sortedBy} (${sort.direction}). `
          : `${sorted.length} VM${sorted.length === 1 ? '' : 's'}, sorted by ${sortedBy} (${sort.direction}). `}
        {sorted.length > VM_RESULTS_PAGE ? (
          <button type="button" onClick={() => setLimit(rest > 0 ? limit + more : VM_RESULTS_PAGE)}>
            {rest === 0 ? `Show the first ${VM_RESULTS_PAGE}` : more === rest ? `Show all ${sorted.length}` : `Show ${more} more`}
          </button>
        ) : null}
      </p>
    </section>
  );
}
