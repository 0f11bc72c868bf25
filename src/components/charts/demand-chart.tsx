import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanResult } from '@/engine';
import { formatMbps } from '@/lib/format';
import { buildDemandChart, demandSummary, OTHERS_KEY } from '@/results/chart-data';
import { ChartFigure } from './chart-figure';
import { PlotContainer } from './plot-container';
import { AXIS_LABEL_STYLE, AXIS_TICK, LEGEND_PROPS, OTHERS_COLOR, seriesColor, THEME, TOOLTIP_STYLE } from './palette';

const HEIGHT = 300;

/** Chart 1: wire demand per hour, stacked by VM, against the capacity replication may use. */
export function DemandChart({ result, width }: { result: PlanResult; width?: number }) {
  const data = buildDemandChart(result);
  const table = {
    columns: ['Hour', 'Demand', 'Capacity', ...data.series.map((s) => s.label)],
    rows: data.points.map((p) => [p.time, formatMbps(p.demandMbps), formatMbps(p.capacityMbps), ...data.series.map((s) => formatMbps(Number(p[s.key])))]),
  };
  return (
    <ChartFigure
      id="chart-demand"
      title="Wire demand by hour vs usable link capacity"
      summary={demandSummary(data)}
      height={HEIGHT}
      table={table}
    >
      <PlotContainer width={width}>
        <ComposedChart data={data.points} margin={{ top: 8, right: 16, bottom: 24, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke={THEME.border} strokeDasharray="2 4" vertical={false} />
          <XAxis
            dataKey="time"
            tick={AXIS_TICK}
            interval={2}
            label={{ value: 'Hour of day (local time)', position: 'insideBottom', offset: -14, style: AXIS_LABEL_STYLE }}
          />
          <YAxis
            tick={AXIS_TICK}
            width={64}
            domain={[0, 'auto']}
            tickFormatter={(v: number) => formatMbps(v).replace(' Mbps', '')}
            label={{ value: 'Mbps', angle: -90, position: 'insideLeft', offset: 12, style: AXIS_LABEL_STYLE }}
          />
          <Tooltip {...TOOLTIP_STYLE} formatter={(v) => formatMbps(Number(v))} labelFormatter={(l) => `${String(l)}–${String(l).slice(0, 2)}:59`} />
          <Legend {...LEGEND_PROPS} />
          {data.series.map((s, k) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="demand"
              fill={s.key === OTHERS_KEY ? OTHERS_COLOR : seriesColor(k)}
              stroke={THEME.bg}
              strokeWidth={0.5}
              isAnimationActive={false}
            />
          ))}
          <Line
            dataKey="capacityMbps"
            name="Usable capacity (dashed)"
            type="step"
            stroke={THEME.fg}
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </PlotContainer>
    </ChartFigure>
  );
}
