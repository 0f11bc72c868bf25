import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { formatMbps } from '@/lib/format';

interface UplinkNeededProps {
  plan: Plan;
  result: PlanResult;
}

/** How a required uplink compares with the plan's: enough, or how many times more. */
function comparison(required: number | null, current: number): string {
  if (required === null) return 'not reachable by uplink alone';
  if (required <= current) return 'current uplink is enough';
  return `${(required / current).toLocaleString('en-US', { maximumFractionDigits: 1 })}× the current uplink`;
}

/** The uplink each goal needs, next to the uplink the plan has. */
export function UplinkNeeded({ plan, result }: UplinkNeededProps) {
  const current = plan.link.uplinkMbps;
  const { requiredUplinkMbps: required } = result.bandwidth;
  const rows: { goal: string; mbps: number | null }[] = [
    { goal: 'Keep up over the day (stable)', mbps: required.stable },
    { goal: 'Stay within the failure window', mbps: required.withinFailureWindow },
    { goal: 'Miss no replication cycle', mbps: required.noMissedCycles },
  ];
  if (plan.replication.targetRpoMinutes !== null) {
    rows.push({ goal: `Meet the ${plan.replication.targetRpoMinutes} min target RPO`, mbps: required.targetRpo });
  }

  return (
    <section aria-labelledby="uplink-heading">
      <h3 id="uplink-heading">Uplink needed</h3>
      <p>
        Current uplink {formatMbps(current)} ({formatMbps(result.bandwidth.effectiveCapacityMbps)} usable for replication).
        Demand: {formatMbps(result.bandwidth.averageDemandMbps)} on average, {formatMbps(result.bandwidth.peakHourDemandMbps)}{' '}
        in the busiest hour.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col">Uplink needed</th>
            <th scope="col">Compared with {formatMbps(current)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.goal}>
              <th scope="row">{row.goal}</th>
              <td>{row.mbps === null ? '—' : formatMbps(row.mbps)}</td>
              <td>{comparison(row.mbps, current)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
