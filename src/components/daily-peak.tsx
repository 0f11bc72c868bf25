/**
 * Each measured day's peak RPO against the target: the bars and the same figures as a table (for
 * screen readers and print). One component for the measured dialog (`screen`: responsive, theme
 * colours) and the printed report (`print`: fixed width, ink colours), so both say the same.
 * Imported by path (Recharts stays off the first screen): `@/components/daily-peak`.
 */
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatDuration, formatPercentFloor } from '@/lib/format';

export interface DailyPeakRow {
  /** "Wed 3 Dec"; `short` ("Wed 3") labels the print chart's bars when given. */
  label: string;
  short?: string;
  peakRpoMinutes: number;
  violations: number;
  violationSeconds: number;
  breaches: number;
  /** The day holds only part of the period (first or last). */
  partial: boolean;
  /** Share of the day in which every VM was sampled, percent (0 = not measured at all). */
  coveragePercent: number;
}

type Variant = 'screen' | 'print';

const LOOK = {
  screen: { grid: 'var(--border)', ink: 'var(--fg)', muted: 'var(--muted)', bad: 'var(--bad)', bar: 'var(--accent)', font: 12 },
  print: { grid: '#bbb', ink: '#222', muted: '#555', bad: '#b00', bar: '#4a6fa5', font: 11 },
} as const;

/** The bars, with the target as a dashed line; `width` fixes the print chart's size (the screen one fills its box). */
export function DailyPeakBars({ rows, targetMinutes, variant, width = 640 }: { rows: DailyPeakRow[]; targetMinutes: number; variant: Variant; width?: number }) {
  const look = LOOK[variant];
  const tick = { fontSize: look.font, fill: look.ink };
  const chart = (w: number | undefined, h: number | undefined) => (
    <BarChart width={w} height={h} data={rows} margin={{ top: 8, right: 56, bottom: 8, left: 8 }} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="2 4" vertical={false} stroke={look.grid} />
      <XAxis dataKey={variant === 'print' && rows.every((r) => r.short) ? 'short' : 'label'} interval={variant === 'print' ? 0 : undefined} tick={tick} />
      <YAxis
        tick={tick}
        domain={[0, (dataMax: number) => Math.ceil(Math.max(dataMax, targetMinutes * 1.15))]}
        label={{ value: 'minutes', angle: -90, position: 'insideLeft', fontSize: look.font, fill: look.muted }}
      />
      {variant === 'screen' ? <Tooltip formatter={(v) => formatDuration(Number(v) * 60)} /> : null}
      <ReferenceLine y={targetMinutes} stroke={look.bad} strokeDasharray="6 3" label={{ value: 'target', position: 'right', fontSize: look.font, fill: look.bad }} />
      <Bar dataKey="peakRpoMinutes" name="Peak RPO" fill={look.bar} isAnimationActive={false} />
    </BarChart>
  );
  if (variant === 'print') return <div aria-hidden="true">{chart(width, 200)}</div>;
  return (
    <div style={{ height: 220 }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        {chart(undefined, undefined)}
      </ResponsiveContainer>
    </div>
  );
}

/** The figures of each day; a day not wholly sampled is marked ⚠ in the "Judged" column. */
export function DailyPeakTable({ rows, caption, variant }: { rows: DailyPeakRow[]; caption: string; variant: Variant }) {
  const [table, warn] = variant === 'print' ? ['report-table report-small', 'report-warn'] : ['measured-table', 'measured-warn'];
  return (
    <table className={table}>
      <caption className="visually-hidden">{caption}</caption>
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
              {r.partial ? variant === 'print' ? ' (part)' : <span className="measured-muted"> (part)</span> : null}
            </th>
            <td>{r.coveragePercent > 0 ? formatDuration(r.peakRpoMinutes * 60) : 'not measured'}</td>
            <td>{formatCount(r.violations)}</td>
            <td>{formatDuration(r.violationSeconds)}</td>
            <td>{formatCount(r.breaches)}</td>
            <td className={r.coveragePercent < 100 ? warn : undefined}>
              {formatPercentFloor(r.coveragePercent)}
              {r.coveragePercent < 100 ? ' ⚠' : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
