import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { formatBytes, formatClock, formatDuration } from '@/lib/format';
import { buildBacklogChart, backlogSummary, durationTicksMinutes, niceDurationCeilMinutes, wantsLogLagAxis } from '@/results/chart-data';
import { ChartFigure } from './chart-figure';
import { PlotContainer } from './plot-container';
import { axisNumber, minutesTick } from './chart-format';
import { AXIS_LABEL_STYLE, AXIS_TICK, LEGEND_PROPS, seriesColor, THEME, TOOLTIP_STYLE } from './palette';

const HEIGHT = 320;
const CLOCK_TICKS = Array.from({ length: 8 }, (_, k) => formatClock(k * 3 * 3600));
const BACKLOG_COLOR = seriesColor(4);
const RPO_COLOR = seriesColor(5);

/** A reference-line label at the right end, above the line, with a halo so it reads over the data. */
function haloLabel(text: string, color: string) {
  return function HaloLabel(props: { viewBox?: { x?: number; y?: number; width?: number } }) {
    const { x = 0, y = 0, width = 0 } = props.viewBox ?? {};
    return (
      <text x={x + width - 4} y={y - 4} textAnchor="end" fill={color} fontSize={12} fontWeight={600} paintOrder="stroke" stroke="var(--bg)" strokeWidth={4}>
        {text}
      </text>
    );
  };
}

/** Chart 2: overdue data and the worst replication lag through the day, against the window. */
export function BacklogChart({ plan, result, width }: { plan: Plan; result: PlanResult; width?: number }) {
  const units = plan.units.storage;
  const data = buildBacklogChart(result, plan);
  const maxRpo = Math.max(0, ...data.points.map((p) => p.worstRpoMinutes), ...data.references.map((r) => r.minutes));
  const windowMinutes = data.references.find((r) => r.kind === 'failureWindow')?.minutes ?? 0;
  const log = wantsLogLagAxis(maxRpo, windowMinutes);
  const minRef = Math.min(...data.references.map((r) => r.minutes), windowMinutes || 1);
  const ticks = log ? durationTicksMinutes(minRef / 2, maxRpo) : undefined;
  const domain: [number, number] = log ? [ticks![0]!, ticks!.at(-1)!] : [0, niceDurationCeilMinutes(maxRpo * 1.05)];
  // A log axis cannot place 0: lags below its floor sit on the floor (the tooltip keeps the true value).
  const points = log ? data.points.map((p) => ({ ...p, rpoPlot: Math.max(p.worstRpoMinutes, domain[0]) })) : data.points.map((p) => ({ ...p, rpoPlot: p.worstRpoMinutes }));
  const breaches = data.breachMarks.map((b) => ({ ...b, rpoPlot: Math.max(b.worstRpoMinutes, domain[0]) }));
  const table = {
    columns: ['Time', 'Backlog', 'Worst RPO', 'VM'],
    rows: data.points.filter((_, k) => k % 6 === 0).map((p) => [p.time, formatBytes(p.backlogBytes, units), formatDuration(p.worstRpoMinutes * 60), p.worstRpoVmId]),
  };
  return (
    <ChartFigure
      id="chart-backlog"
      title="Backlog and worst RPO through the day"
      summary={backlogSummary(data, result, units)}
      height={HEIGHT}
      table={table}
    >
      <PlotContainer width={width}>
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 24, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke={THEME.border} strokeDasharray="2 4" vertical={false} yAxisId="backlog" />
          <XAxis
            dataKey="time"
            ticks={CLOCK_TICKS}
            tick={AXIS_TICK}
            label={{ value: 'Time of day (reported day, 5-minute steps)', position: 'insideBottom', offset: -14, style: AXIS_LABEL_STYLE }}
          />
          <YAxis
            yAxisId="backlog"
            tick={AXIS_TICK}
            width={64}
            tickFormatter={axisNumber}
            // No backlog at all: one "0" tick rather than a meaningless 0–4 B scale.
            ticks={data.peakBacklogBytes > 0 ? undefined : [0]}
            domain={data.peakBacklogBytes > 0 ? [0, 'auto'] : [0, 1]}
            label={{ value: `Backlog (${data.unit.label})`, angle: -90, position: 'insideLeft', offset: 12, style: AXIS_LABEL_STYLE }}
          />
          <YAxis
            yAxisId="rpo"
            orientation="right"
            tick={AXIS_TICK}
            width={72}
            scale={log ? 'log' : 'auto'}
            domain={domain}
            ticks={ticks}
            allowDataOverflow
            tickFormatter={minutesTick}
            label={{ value: `Worst RPO${log ? ' (log scale)' : ''}`, angle: 90, position: 'insideRight', offset: 12, style: AXIS_LABEL_STYLE }}
          />
          <Tooltip
            {...TOOLTIP_STYLE}
            labelFormatter={(l) => `${String(l)} (5 min)`}
            formatter={(value, name, item) => {
              const p = item.payload as (typeof points)[number];
              if (item.dataKey === 'backlog') return [formatBytes(p.backlogBytes, units), name];
              if (item.dataKey === 'rpoPlot' && 'worstRpoVmId' in p) return [`${formatDuration(p.worstRpoMinutes * 60)} (${p.worstRpoVmId})`, name];
              return [String(value), name];
            }}
          />
          <Legend {...LEGEND_PROPS} />
          <Area
            yAxisId="backlog"
            dataKey="backlog"
            name={`Backlog, ${data.unit.label} (shaded, left axis)`}
            type="stepAfter"
            fill={BACKLOG_COLOR}
            fillOpacity={0.35}
            stroke={BACKLOG_COLOR}
            isAnimationActive={false}
          />
          <Line
            yAxisId="rpo"
            dataKey="rpoPlot"
            name="Worst RPO (line, right axis)"
            type="stepAfter"
            stroke={RPO_COLOR}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {data.references.map((r) => (
            <ReferenceLine
              key={`${r.kind}-${r.minutes}`}
              yAxisId="rpo"
              y={r.minutes}
              stroke={r.kind === 'failureWindow' ? THEME.bad : THEME.muted}
              strokeWidth={r.kind === 'failureWindow' ? 2 : 1}
              strokeDasharray={r.kind === 'failureWindow' ? undefined : '4 4'}
              ifOverflow="extendDomain"
              label={haloLabel(r.label, r.kind === 'failureWindow' ? THEME.bad : THEME.muted)}
            />
          ))}
          {breaches.length > 0 ? (
            <Scatter
              yAxisId="rpo"
              data={breaches}
              dataKey="rpoPlot"
              name="First breach of the failure window (▲)"
              fill={THEME.bad}
              shape="triangle"
              legendType="triangle"
              isAnimationActive={false}
            />
          ) : null}
        </ComposedChart>
      </PlotContainer>
    </ChartFigure>
  );
}
