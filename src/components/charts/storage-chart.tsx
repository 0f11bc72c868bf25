import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { formatBytes } from '@/lib/format';
import { buildStorageChart, storageSummary } from '@/results/chart-data';
import type { StorageSegmentKey } from '@/results/chart-data';
import { ChartFigure } from './chart-figure';
import { PlotContainer } from './plot-container';
import { axisNumber } from './chart-format';
import { HatchPattern } from './hatch-pattern';
import { AXIS_LABEL_STYLE, AXIS_TICK, LEGEND_PROPS, seriesColor, THEME, TOOLTIP_STYLE } from './palette';

const HATCH_ID = 'chart-storage-hatch';
const HEIGHT = 300;

const FILLS: Record<StorageSegmentKey, string> = {
  base: seriesColor(0),
  recoveryPoints: seriesColor(1),
  inFlight: seriesColor(2),
  extended: seriesColor(3),
  headroom: `url(#${HATCH_ID})`,
  pendingLogs: seriesColor(5),
  deltaReserve: seriesColor(4),
  initialReplicationReserve: seriesColor(7),
};

/** Two-line category tick: what the bar is, then its total. */
function BarTick(props: { x?: number | string; y?: number | string; payload?: { value?: string }; totals: Map<string, string> }) {
  const label = props.payload?.value ?? '';
  const x = Number(props.x ?? 0);
  return (
    <text x={x} y={Number(props.y ?? 0)} textAnchor="end" fontSize={12} fill="var(--fg)">
      <tspan x={x} dy="-0.2em">
        {label}
      </tspan>
      <tspan x={x} dy="1.2em" fontWeight={600}>
        {props.totals.get(label) ?? ''}
      </tspan>
    </text>
  );
}

/** Chart 4: replica-site storage by part, and the primary site's free-space figures. */
export function StorageChart({ plan, result, width }: { plan: Plan; result: PlanResult; width?: number }) {
  const units = plan.units.storage;
  const data = buildStorageChart(result, plan);
  const totals = new Map(data.bars.map((b) => [b.label, formatBytes(b.totalBytes, units)]));
  const table = {
    columns: ['Bar', 'Part', 'Size'],
    rows: data.bars.flatMap((b) => b.segments.map((s) => [b.label, s.label, s.text])),
  };
  return (
    <ChartFigure id="chart-storage" title="Storage: replica site and primary free space" summary={storageSummary(data, units)} height={HEIGHT} table={table}>
      <PlotContainer width={width}>
        <BarChart data={data.rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 24, left: 8 }} accessibilityLayer={false} barCategoryGap="22%">
          <HatchPattern id={HATCH_ID} color={THEME.muted} />
          <CartesianGrid stroke={THEME.border} strokeDasharray="2 4" horizontal={false} />
          <XAxis
            type="number"
            tick={AXIS_TICK}
            tickFormatter={axisNumber}
            label={{ value: `Size (${data.unit.label})`, position: 'insideBottom', offset: -14, style: AXIS_LABEL_STYLE }}
          />
          <YAxis type="category" dataKey="label" width={210} tick={<BarTick totals={totals} />} interval={0} />
          <Tooltip
            {...TOOLTIP_STYLE}
            cursor={{ fill: THEME.border, fillOpacity: 0.3 }}
            formatter={(v, name) => [formatBytes(Number(v) * data.unit.bytesPerUnit, units), name]}
          />
          <Legend {...LEGEND_PROPS} />
          {data.series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.key === 'headroom' ? 'Headroom (hatched)' : s.label}
              stackId="storage"
              fill={FILLS[s.key]}
              stroke={s.key === 'headroom' ? THEME.muted : THEME.bg}
              strokeWidth={s.key === 'headroom' ? 1 : 0.5}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </PlotContainer>
    </ChartFigure>
  );
}
