import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanResult } from '@/engine';
import { formatDuration } from '@/lib/format';
import { buildInitialReplicationChart, hourTicks, initialReplicationSummary, latestInitialReplicationRows } from '@/results/chart-data';
import type { InitialReplicationRow } from '@/results/chart-data';
import { ChartFigure } from './chart-figure';
import { PlotContainer } from './plot-container';
import { hoursTick } from './chart-format';
import { HatchPattern } from './hatch-pattern';
import { AXIS_LABEL_STYLE, AXIS_TICK, LEGEND_PROPS, seriesColor, THEME, TOOLTIP_STYLE } from './palette';

const HATCH_ID = 'chart-ir-hatch';
const ROW_PX = 28;

const hours = (h: number) => formatDuration(h * 3600);

/** Chart 5: initial replication per VM on one timeline — queue, copy (or export, shipping, import; or read), catch-up, protected. */
export function InitialReplicationChart({ result, width }: { result: PlanResult; width?: number }) {
  const data = buildInitialReplicationChart(result);
  const rows = latestInitialReplicationRows(data.rows).map((r) => ({ ...r, axisLabel: `${r.label} (${r.method})` }));
  const ticks = hourTicks(data.horizonHours);
  const height = rows.length * ROW_PX + 110;
  const shown = rows.length < data.rows.length ? ` Showing the ${rows.length} of ${data.rows.length} VMs that finish last.` : '';
  // The same three figures every table shows: start, copy end, protected.
  const table = {
    columns: ['VM', 'Method', 'Starts after', 'Copy ends after', 'Protected after', 'Status'],
    rows: data.rows.map((r) => [
      r.label,
      r.method,
      hours(r.startHours),
      r.copyEndHours === null ? 'never' : hours(r.copyEndHours),
      r.completeHours === null ? 'never' : hours(r.completeHours),
      `${r.status}${r.resyncRisk ? '; resync risk' : ''}`,
    ]),
  };
  const has = (key: keyof InitialReplicationRow) => rows.some((r) => Number(r[key]) > 0);
  return (
    <ChartFigure
      id="chart-initial-replication"
      title="Initial replication timeline per VM"
      summary={`${initialReplicationSummary(data)}${shown}`}
      height={height}
      table={table}
    >
      <PlotContainer width={width}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 8 }} accessibilityLayer={false} barCategoryGap="20%">
          <HatchPattern id={HATCH_ID} color={THEME.bad} />
          <CartesianGrid stroke={THEME.border} strokeDasharray="2 4" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, ticks.at(-1) ?? data.horizonHours]}
            ticks={ticks}
            tick={AXIS_TICK}
            tickFormatter={hoursTick}
            label={{ value: 'Time since initial replication starts (h = hours, d = days)', position: 'insideBottom', offset: -14, style: AXIS_LABEL_STYLE }}
          />
          <YAxis type="category" dataKey="axisLabel" width={150} tick={AXIS_TICK} interval={0} />
          <Tooltip
            {...TOOLTIP_STYLE}
            cursor={{ fill: THEME.border, fillOpacity: 0.3 }}
            formatter={(v, name, item) => {
              const r = item.payload as InitialReplicationRow;
              if (item.dataKey === 'neverHours') return [r.status, name];
              return [hours(Number(v)), name];
            }}
          />
          <Legend {...LEGEND_PROPS} />
          <Bar dataKey="offsetHours" name="Waiting in the queue" stackId="ir" fill="transparent" legendType="none" isAnimationActive={false} />
          {/* Every segment is always rendered (an empty one has no legend entry): Recharts stacks in mount order, so bars that come and go would reorder the timeline. */}
          <Bar dataKey="copyHours" name="Copy over the network (seed: read)" stackId="ir" fill={seriesColor(0)} legendType={has('copyHours') ? 'rect' : 'none'} isAnimationActive={false} />
          <Bar dataKey="exportHours" name="Export to disk" stackId="ir" fill={seriesColor(2)} legendType={has('exportHours') ? 'rect' : 'none'} isAnimationActive={false} />
          <Bar dataKey="shippingHours" name="Shipping" stackId="ir" fill={seriesColor(3)} legendType={has('shippingHours') ? 'rect' : 'none'} isAnimationActive={false} />
          <Bar dataKey="importHours" name="Import" stackId="ir" fill={seriesColor(4)} legendType={has('importHours') ? 'rect' : 'none'} isAnimationActive={false} />
          <Bar dataKey="catchUpHours" name="Catch-up of what was written meanwhile" stackId="ir" fill={seriesColor(1)} legendType={has('catchUpHours') ? 'rect' : 'none'} isAnimationActive={false} />
          <Bar
            dataKey="neverHours"
            name="Never finishes (hatched)"
            stackId="ir"
            fill={`url(#${HATCH_ID})`}
            stroke={THEME.bad}
            legendType={has('neverHours') ? 'rect' : 'none'}
            isAnimationActive={false}
          />
          <Bar dataKey="protectedHours" name="Protected" stackId="ir" fill={THEME.border} fillOpacity={0.5} legendType={has('protectedHours') ? 'rect' : 'none'} isAnimationActive={false} />
          {data.totalHours !== null ? (
            <ReferenceLine
              x={data.totalHours}
              stroke={THEME.fg}
              strokeDasharray="6 3"
              label={{ value: `All protected: ${hours(data.totalHours)}`, position: 'insideTopRight', fill: THEME.fg, fontSize: 12 }}
            />
          ) : null}
        </BarChart>
      </PlotContainer>
    </ChartFigure>
  );
}
