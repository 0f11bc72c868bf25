import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { formatBytes, formatClock, formatDuration } from '@/lib/format';
import { buildVmResultRows, DEFAULT_VM_SORT, initialReplicationText, sortVmResultRows, worstRpoText } from '@/results/vm-result-rows';

const HEALTH_TEXT = { normal: '✔ Normal', warning: '⚠ Warning', critical: '✖ Critical' } as const;

/** Section 4: every VM, worst RPO first, as plain text (no buttons, nothing hidden behind "Show all"). */
export function ReportVmTable({ plan, result }: { plan: Plan; result: PlanResult }) {
  const units = plan.units.storage;
  const rows = sortVmResultRows(buildVmResultRows(plan, result), DEFAULT_VM_SORT);
  const extended = new Map(result.vms.map((vm) => [vm.id, vm.extendedWorstRpoSeconds]));
  const hasExtended = result.extended !== null;
  return (
    <section className="report-section" aria-labelledby="report-vms">
      <h2 id="report-vms">4. Per-VM results</h2>
      <p>
        One row per VM (a group of identical VMs is one row); worst RPO first. Pending logs are per copy, replica storage is for the whole group,
        initial replication runs until the VM is protected.
      </p>
      <table className="report-table report-vm-results">
        <thead>
          <tr>
            <th scope="col">VM</th>
            <th scope="col" className="report-num">Every</th>
            <th scope="col" className="report-num">Worst RPO</th>
            <th scope="col" className="report-num">Average RPO</th>
            {hasExtended ? <th scope="col" className="report-num">Extended RPO</th> : null}
            <th scope="col">Health</th>
            <th scope="col" className="report-num">Missed cycles</th>
            <th scope="col">Window breach</th>
            <th scope="col" className="report-num">Pending logs</th>
            <th scope="col" className="report-num">Replica storage</th>
            <th scope="col" className="report-num">Initial replication</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const ext = extended.get(row.id);
            return (
              <tr key={row.id}>
                <th scope="row">
                  {row.name}
                  {row.count > 1 ? `\u00a0×\u00a0${row.count}` : ''}
                </th>
                <td className="report-num">{formatDuration(row.frequencySeconds)}</td>
                <td className="report-num">{worstRpoText(row)}</td>
                <td className="report-num">{formatDuration(row.averageRpoSeconds)}</td>
                {hasExtended ? <td className="report-num">{ext === null || ext === undefined ? '—' : formatDuration(ext)}</td> : null}
                <td className="report-nowrap">
                  {HEALTH_TEXT[row.health]}
                  {row.resyncRequired ? ' (resync)' : ''}
                </td>
                <td className="report-num">
                  {row.missedCycles}/{row.cycles}
                </td>
                <td>
                  {row.breach === null ? (
                    '—'
                  ) : (
                    <>
                      <span className="report-nowrap">{formatClock(row.breach.atSeconds)},</span>{' '}
                      <span className="report-nowrap">waits {formatDuration(row.breach.delaySeconds)}</span>
                    </>
                  )}
                </td>
                <td className="report-num">{formatBytes(row.peakPendingLogBytes, units)}</td>
                <td className="report-num">{formatBytes(row.replicaStorageBytes, units)}</td>
                <td className="report-num">{initialReplicationText(row)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
