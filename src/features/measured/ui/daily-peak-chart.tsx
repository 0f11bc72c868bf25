import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatDuration, formatPercentFloor } from '@/lib/format';
import type { DayRow } from './moments';

/** Each day's peak RPO against the target (bars), with the same figures as a table for screen readers and print. */
export function DailyPeakChart({ rows, targetMinutes }: { rows: DayRow[]; targetMinutes: number }) {
  const id = useId();
  const over = rows.filter((r) => r.peakRpoMinutes > targetMinutes).length;
  return (
    <figure className="measured-figure" aria-labelledby={`${id}-t`} aria-describedby={`${id}-s`}>
      <h4 id={`${id}-t`}>Peak RPO of each day</h4>
      <p id={`${id}-s`}>
        {over === 0 ? 'Every day stays within the target.' : `${over} of ${rows.length} days go over the target of ${formatDuration(targetMinutes * 60)}.`}
      </p>
      <div style={{ height: 220 }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 56, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="2 4" vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: 'var(--fg)' }} />
            <YAxis tick={{ fontSize: 12, fill: 'var(--fg)' }} domain={[0, (dataMax: number) => Math.ceil(Math.max(dataMax, targetMinutes * 1.15))]} label={{ value: 'minutes', angle: -90, position: 'insideLeft', fontSize: 12, fill: 'var(--muted)' }} />
            <Tooltip formatter={(v) => formatDuration(Number(v) * 60)} />
            <ReferenceLine y={targetMinutes} stroke="var(--bad)" strokeDasharray="6 3" label={{ value: 'target', position: 'right', fontSize: 12, fill: 'var(--bad)' }} />
            <Bar dataKey="peakRpoMinutes" name="Peak RPO" fill="var(--accent)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="measured-table">
        <caption className="visually-hidden">Peak RPO, violations and breaches per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Peak RPO</th>
            <th scope="col">Violations under way</th>
            <th scope="col">Time over target</th>
            <th scope="col">Failure-window breaches</th>
            <th scope="col">Judged</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">
                {r.label}
                {r.partial ? <span className="measured-muted"> (part)</span> : null}
              </th>
              <td>{r.coveragePercent > 0 ? formatDuration(r.peakRpoMinutes * 60) : 'not measured'}</td>
              <td>{formatCount(r.violations)}</td>
              <td>{formatDuration(r.violationSeconds)}</td>
              <td>{formatCount(r.breaches)}</td>
              <td className={r.coveragePercent < 100 ? 'measured-warn' : undefined}>
                {formatPercentFloor(r.coveragePercent)}
                {r.coveragePercent < 100 ? ' ⚠' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
