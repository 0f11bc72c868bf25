import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { formatMbps } from '@/lib/format';
import { measuredCheck } from '@/results';

/** How a requirement compares with the uplink: "✔ enough" or "✖ 2.3× more". */
function standing(required: number | null, current: number): { ok: boolean; text: string } {
  if (required === null) return { ok: false, text: 'uplink alone is not enough' };
  if (required <= current) return { ok: true, text: 'enough' };
  return { ok: false, text: `${formatMbps(required - current)} short` };
}

/** The uplink each goal needs, next to the plan's uplink. */
export function UplinkCard({ plan, result }: { plan: Plan; result: PlanResult }) {
  const current = plan.link.uplinkMbps;
  const required = result.bandwidth.requiredUplinkMbps;
  const rows: { goal: string; mbps: number | null }[] = [
    { goal: 'Keep up (stable)', mbps: required.stable },
    { goal: 'Within failure window', mbps: required.withinFailureWindow },
    { goal: 'No missed cycles', mbps: required.noMissedCycles },
  ];
  if (plan.replication.targetRpoMinutes !== null) rows.push({ goal: `Target RPO ${plan.replication.targetRpoMinutes} min`, mbps: required.targetRpo });

  // The headline is the goal the user set: the target RPO when there is one, else the failure window.
  let main = plan.replication.targetRpoMinutes !== null ? rows[3]! : rows[1]!;
  let mainGoal = plan.replication.targetRpoMinutes !== null ? `for the ${plan.replication.targetRpoMinutes} min target RPO` : 'to stay inside the failure window';
  // A plan derived from measurements also has the measured week's answers: both are shown, the worse leads.
  const check = measuredCheck(plan, result);
  if (check?.kind === 'current') {
    const week = { goal: `Target RPO, measured week (100 % of the time)`, mbps: check.met100Mbps };
    rows.push(week, { goal: 'Target RPO, measured week (90 % of the time)', mbps: check.met90Mbps });
    if (week.mbps === null || (main.mbps !== null && week.mbps > main.mbps)) {
      main = week;
      mainGoal = `for the ${plan.replication.targetRpoMinutes} min target RPO all through the measured week`;
    }
  }

  return (
    <section className="card card--wide" aria-labelledby="card-uplink">
      <h3 id="card-uplink">Uplink needed</h3>
      <p className="card-figure">
        {main.mbps === null ? 'Not reachable' : formatMbps(main.mbps)} <span className="card-sub">{mainGoal}</span>
      </p>
      <p className="card-sub">
        You have {formatMbps(current)} ({formatMbps(result.bandwidth.effectiveCapacityMbps)} usable for replication).
      </p>
      <table className="card-table">
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col">Needs</th>
            <th scope="col">With {formatMbps(current)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const s = standing(row.mbps, current);
            return (
              <tr key={row.goal}>
                <th scope="row">{row.goal}</th>
                <td>{row.mbps === null ? 'not reachable' : formatMbps(row.mbps)}</td>
                <td className={s.ok ? 'tone-ok' : 'tone-bad'}>
                  <span aria-hidden="true">{s.ok ? '✔ ' : '✖ '}</span>
                  {s.text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
