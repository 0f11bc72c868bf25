import type { PlanResult } from '@/engine';
import { DailyPeakBars, DailyPeakTable } from '@/components/daily-peak';
import { measuredCheck } from '@/results';
import { formatBytes, formatCount, formatDuration, formatMbps, formatPercentFloor } from '@/lib/format';
import type { Plan } from '@/plan';
import { evidenceDayRows, evidenceDerivation, evidencePeriod } from './measured-evidence';
import { REPORT_CHART_WIDTH } from './report-charts';

const need = (x: number | null, reason: string | null) =>
  x !== null ? formatMbps(x) : reason === 'cycle' ? 'out of reach: a VM replicates no more often than the target' : 'out of reach at any uplink (the link has a ceiling)';

/** Section 2.1: the measurements the plan's churn came from, and what replaying them says. */
export function MeasuredEvidenceSection({ plan, result }: { plan: Plan; result: PlanResult }) {
  const m = plan.measured;
  if (!m) return null;
  const units = plan.units.storage;
  const rows = evidenceDayRows(m);
  const target = formatDuration(m.targetRpoMinutes * 60);
  const check = measuredCheck(plan, result);
  const gaps = m.vms.filter((vm) => vm.sampledPercent < 100);
  return (
    <section className="report-section report-measured-evidence" aria-labelledby="report-measured">
      <div className="report-keep">
        <h3 id="report-measured">2.1 Measured churn: the evidence</h3>
        <p>
          The churn and day profiles marked <strong className="report-measured">measured</strong> were derived from the customer’s own Performance Monitor
          measurements ({m.source}): {evidencePeriod(m)} on the host’s clock{m.timeZone ? ` (${m.timeZone})` : ''}, one sample every {m.sampleSeconds} s,
          from {evidenceDerivation(m)}.
        </p>
        <p className={m.coveragePercent < 100 ? 'report-warn' : undefined}>
          {m.coveragePercent < 100 ? '⚠ ' : ''}Every VM was sampled in {formatPercentFloor(m.coveragePercent)} of the period
          {gaps.length ? ` (${gaps.map((vm) => `${vm.name} ${formatPercentFloor(vm.sampledPercent)}`).join(', ')}); gaps were left out of averages and percentiles and never counted as time the target was met.` : '.'}
        </p>
        <dl className="report-evidence-answers">
          <div>
            <dt>Uplink to meet {target} 100 % of the time</dt>
            <dd>{need(m.requiredUplinkMbps.met100, m.unreachable.met100)}</dd>
          </div>
          <div>
            <dt>Uplink to meet it 90 % of the time</dt>
            <dd>{need(m.requiredUplinkMbps.met90, m.unreachable.met90)}</dd>
          </div>
          <div>
            <dt>With {formatMbps(m.atUplinkMbps)} (when measured)</dt>
            <dd>
              met {formatPercentFloor(m.metPercent)} of the measured time; {formatCount(m.violations)} violation{m.violations === 1 ? '' : 's'} (longest{' '}
              {formatDuration(m.longestViolationSeconds)}); {formatCount(m.breaches)} failure-window breach{m.breaches === 1 ? '' : 'es'}; worst lag{' '}
              {formatDuration(m.worstRpoSeconds)}
            </dd>
          </div>
        </dl>
        {check ? <p className={check.kind === 'current' && check.misses ? 'report-warn' : undefined}>{check.sentence}</p> : null}
      </div>
      <figure className="report-figure report-keep" aria-labelledby="report-measured-days">
        <figcaption id="report-measured-days">Peak RPO of each measured day at {formatMbps(m.atUplinkMbps)}, against the {target} target</figcaption>
        <DailyPeakBars rows={rows} targetMinutes={m.targetRpoMinutes} variant="print" width={REPORT_CHART_WIDTH} />
        <DailyPeakTable rows={rows} caption="Peak RPO, violations and breaches per measured day" variant="print" />
      </figure>
      <table className="report-table report-small report-keep">
        <caption>Measured VMs (raw writes before compression and growth)</caption>
        <thead>
          <tr>
            <th scope="col">VM</th>
            <th scope="col">Average churn per day (sampled time)</th>
            <th scope="col">Sampled</th>
            <th scope="col">Day profile</th>
          </tr>
        </thead>
        <tbody>
          {m.vms.map((vm) => (
            <tr key={vm.vmId}>
              <th scope="row">{vm.name}</th>
              <td>{formatBytes(vm.averageRawBytesPerDay, units)}</td>
              <td className={vm.sampledPercent < 100 ? 'report-warn' : undefined}>
                {formatPercentFloor(vm.sampledPercent)}
                {vm.sampledPercent < 100 ? ' ⚠' : ''}
              </td>
              <td>{vm.bursts ? 'measured, bursts in 5-minute steps' : 'measured'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
