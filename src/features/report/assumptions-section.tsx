import type { Plan } from '@/plan';
import { buildAssumptionRows, type AssumptionRow } from './assumptions';
import { buildVmInputRows } from './vm-inputs';

function BasisCell({ row }: { row: AssumptionRow }) {
  return (
    <td className={`report-basis report-basis--${row.basis}`}>
      {row.basis === 'default' ? 'Default' : 'Entered'}
      {row.ruleOfThumb ? (
        <>
          {', '}
          <em className="report-rot">rule of thumb</em>
        </>
      ) : null}
    </td>
  );
}

/** Rows under a group heading row, so a group reads as one block. */
function groupRows(rows: AssumptionRow[]): [string, AssumptionRow[]][] {
  const groups = new Map<string, AssumptionRow[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return [...groups];
}

/** Section 2: every input, marked default or entered, and rule of thumb where it is an estimate. */
export function AssumptionsSection({ plan }: { plan: Plan }) {
  const groups = groupRows(buildAssumptionRows(plan));
  const vms = buildVmInputRows(plan);
  return (
    <section className="report-section report-section--new-page" aria-labelledby="report-assumptions">
      <h2 id="report-assumptions">2. Assumptions</h2>
      <p>
        Every input the results depend on. <strong>Default</strong>: the planner’s default value. <strong>Entered</strong>: a value set for this plan.{' '}
        <em className="report-rot">Rule of thumb</em>: an estimate rather than a measurement — check it against the customer’s own figures (for example
        Performance Monitor disk write bytes per VM). <strong className="report-measured">Measured</strong>: derived from the customer’s own measurements
        (section 2.1).
      </p>
      <table className="report-table report-assumptions">
        <caption>Plan settings</caption>
        <colgroup>
          <col className="report-col-input" />
          <col className="report-col-value" />
          <col className="report-col-basis" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Value</th>
            <th scope="col">Basis</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        {/* One tbody per group: a group prints as one block, never its heading alone at a page's foot. */}
        {groups.map(([group, rows]) => (
          <tbody key={group} className="report-group">
            <tr className="report-group-row">
              <th scope="colgroup" colSpan={4}>
                {group}
              </th>
            </tr>
            {rows.map((r) => (
              <tr key={r.input}>
                <th scope="row">{r.input}</th>
                <td>{r.value}</td>
                <BasisCell row={r} />
                <td className="report-small">{r.note}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <table className="report-table report-vm-inputs">
        <caption>Virtual machines (churn before the growth allowance)</caption>
        <thead>
          <tr>
            <th scope="col">VM</th>
            <th scope="col">Frequency</th>
            <th scope="col">Recovery points</th>
            <th scope="col">Day profile</th>
            <th scope="col">Replicated disks</th>
            <th scope="col">Churn per day</th>
            <th scope="col">Excluded disks</th>
          </tr>
        </thead>
        <tbody>
          {vms.map((vm) => (
            <tr key={vm.id}>
              <th scope="row">
                {vm.name}
                {vm.count > 1 ? `\u00a0×\u00a0${vm.count}` : ''}
                <span className="report-sub">{vm.workload}</span>
              </th>
              <td>{vm.frequency}</td>
              <td>{vm.recoveryPoints}</td>
              <td>
                {vm.profile}
                {vm.profileFromPreset ? <span className="report-sub">workload’s typical day</span> : null}
                {vm.profileMeasured ? <span className="report-sub report-measured">measured{vm.bursts ? ', bursts in 5-minute steps' : ''}</span> : null}
              </td>
              <td>{vm.disks}</td>
              <td>
                <span className="report-nowrap">{vm.churn}</span>
                <span className={`report-sub${vm.churnBasis === 'entered' ? '' : vm.churnBasis === 'measured' ? ' report-measured' : ' report-rot'}`}>{vm.churnNote}</span>
              </td>
              <td>{vm.excluded}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
