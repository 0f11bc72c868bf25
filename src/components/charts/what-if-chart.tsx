import { CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { formatDuration, formatMbps, formatPercent } from '@/lib/format';
import { buildWhatIfChart, buildWhatIfDisplay, durationTicksMinutes, logTicks125, niceDurationCeilMinutes, wantsLogLagAxis, whatIfSummary } from '@/results/chart-data';
import type { WhatIfRow } from '@/results/chart-data';
import { ChartFigure, KeyItem } from './chart-figure';
import { PlotContainer } from './plot-container';
import { axisNumber, minutesTick } from './chart-format';
import { AXIS_LABEL_STYLE, AXIS_TICK, LEGEND_PROPS, seriesColor, THEME, TOOLTIP_STYLE } from './palette';

const HEIGHT = 340;
const RPO_COLOR = seriesColor(5);
const ON_TIME_COLOR = seriesColor(0);

const LABEL_ROW_PX = 14;

/**
 * A line label drawn in the margin above the plot (never over the data), stepped up by `row` so
 * neighbours do not collide; right of the line, or left of it near the right edge.
 */
function markerLabel(text: string, row: number, color: string, flip: boolean) {
  return function MarkerLabel(props: { viewBox?: { x?: number; y?: number } }) {
    const x = props.viewBox?.x ?? 0;
    const y = (props.viewBox?.y ?? 0) - 4 - row * LABEL_ROW_PX;
    return (
      <text x={flip ? x - 3 : x + 3} y={y} textAnchor={flip ? 'end' : 'start'} fill={color} fontSize={12} fontWeight={600}>
        {text}
      </text>
    );
  };
}

/** Chart 3: "what if we buy X Mbps?" — worst RPO and cycles on time against the uplink. */
export function WhatIfChart({ plan, result, width }: { plan: Plan; result: PlanResult; width?: number }) {
  const data = buildWhatIfChart(result, plan);
  const view = buildWhatIfDisplay(data);
  const windowMinutes = result.failureWindow.windowSeconds / 60;
  const maxRpo = Math.max(windowMinutes, ...data.points.map((p) => p.worstRpoMinutes));
  const minRpo = Math.min(windowMinutes, ...data.points.map((p) => p.worstRpoMinutes).filter((v) => v > 0));
  const log = wantsLogLagAxis(maxRpo, windowMinutes);
  const rpoTicks = log ? durationTicksMinutes(minRpo, maxRpo) : undefined;
  const rpoDomain: [number, number] = log ? [rpoTicks![0]!, rpoTicks!.at(-1)!] : [0, niceDurationCeilMinutes(maxRpo * 1.05)];
  const floor = (v: number | null) => (v === null ? null : Math.max(v, rpoDomain[0]));
  const rows = view.rows.map((r) => ({ ...r, stablePlot: floor(r.stableRpoMinutes), unstablePlot: floor(r.unstableRpoMinutes) }));
  const xDomain: [number, number] = [view.minMbps, view.maxMbps];
  const table = {
    // The engine counts copies at each point; with groups in the plan the column says so.
    columns: ['Uplink', 'Worst RPO', 'Cycles on time', plan.vms.some((v) => v.count > 1) ? 'VM copies breaching' : 'VMs breaching', 'Keeps up'],
    rows: data.points.map((p) => [formatMbps(p.uplinkMbps), p.stable ? formatDuration(p.worstRpoMinutes * 60) : `${formatDuration(p.worstRpoMinutes * 60)} and rising`, formatPercent(p.onTimeCyclesPercent), String(p.vmsBreaching), p.stable ? 'yes' : 'no, backlog grows']),
  };
  const keyItems = (
    <>
      <KeyItem swatch="solid">Solid vertical line: current uplink</KeyItem>
      <KeyItem swatch="dotted">Dotted vertical lines: uplink each requirement needs</KeyItem>
      {view.unstableUpToMbps !== null ? <KeyItem swatch="area">Shaded: backlog grows, RPO keeps rising (+ marks)</KeyItem> : null}
      <ul className="chart-marker-list">
        {data.markers.map((m) => (
          <li key={m.kind}>
            {m.label}
            {m.worstRpoMinutes === null
              ? ''
              : m.stable === false
                ? ` — RPO grows without limit, ${formatPercent(m.onTimeCyclesPercent ?? 0)} on time`
                : ` — worst RPO ${formatDuration(m.worstRpoMinutes * 60)}, ${formatPercent(m.onTimeCyclesPercent ?? 0)} on time`}
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <ChartFigure id="chart-what-if" title="What if the uplink changes: worst RPO and cycles on time" summary={whatIfSummary(data)} height={HEIGHT} table={table} keyItems={keyItems}>
      <PlotContainer width={width}>
        <ComposedChart data={rows} margin={{ top: 8 + LABEL_ROW_PX * Math.min(3, view.groups.length), right: 8, bottom: 24, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke={THEME.border} strokeDasharray="2 4" />
          <XAxis
            dataKey="uplinkMbps"
            type="number"
            scale="log"
            domain={xDomain}
            ticks={logTicks125(xDomain[0], xDomain[1])}
            allowDataOverflow
            tick={AXIS_TICK}
            tickFormatter={axisNumber}
            label={{ value: 'Uplink (Mbps, log scale)', position: 'insideBottom', offset: -14, style: AXIS_LABEL_STYLE }}
          />
          <YAxis
            yAxisId="rpo"
            tick={AXIS_TICK}
            width={64}
            scale={log ? 'log' : 'auto'}
            domain={rpoDomain}
            ticks={rpoTicks}
            allowDataOverflow
            tickFormatter={minutesTick}
            label={{ value: `Worst RPO${log ? ' (log scale)' : ''}`, angle: -90, position: 'insideLeft', offset: 4, style: AXIS_LABEL_STYLE }}
          />
          <YAxis
            yAxisId="onTime"
            orientation="right"
            tick={AXIS_TICK}
            width={56}
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v} %`}
            label={{ value: 'Cycles on time (%)', angle: 90, position: 'insideRight', offset: 4, style: AXIS_LABEL_STYLE }}
          />
          <Tooltip
            {...TOOLTIP_STYLE}
            labelFormatter={(l) => `Uplink ${formatMbps(Number(l))}`}
            formatter={(_v, name, item) => {
              const r = item.payload as WhatIfRow;
              if (item.dataKey === 'onTimeCyclesPercent') return [formatPercent(r.onTimeCyclesPercent), name];
              const rpo = r.stableRpoMinutes ?? r.unstableRpoMinutes ?? 0;
              return [`${formatDuration(rpo * 60)}${r.stable ? '' : ' and rising (not stable)'}`, name];
            }}
          />
          {/* Pinned to the top edge: the marker labels use the margin between it and the plot. */}
          <Legend {...LEGEND_PROPS} wrapperStyle={{ ...LEGEND_PROPS.wrapperStyle, top: 0 }} />
          {view.unstableUpToMbps !== null ? (
            <ReferenceArea
              yAxisId="rpo"
              x1={xDomain[0]}
              x2={result.bandwidth.requiredUplinkMbps.stable ?? view.unstableUpToMbps}
              fill={THEME.muted}
              fillOpacity={0.12}
              ifOverflow="hidden"
              label={{ value: 'Backlog grows', position: 'insideBottomLeft', fill: THEME.muted, fontSize: 12 }}
            />
          ) : null}
          <Line yAxisId="rpo" dataKey="stablePlot" name="Worst RPO (solid, left axis)" stroke={RPO_COLOR} strokeWidth={2} dot={{ r: 2 }} connectNulls={false} isAnimationActive={false} />
          <Line
            yAxisId="onTime"
            dataKey="onTimeCyclesPercent"
            name="Cycles on time (dashed, right axis)"
            stroke={ON_TIME_COLOR}
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
          <Scatter yAxisId="rpo" data={rows.filter((r) => !r.stable)} dataKey="unstablePlot" name="RPO not stable (+)" fill={RPO_COLOR} shape="cross" legendType="cross" isAnimationActive={false} />
          {view.groups.map((g, i) => {
            const current = g.kinds.includes('current');
            const color = current ? THEME.fg : THEME.muted;
            return (
              <ReferenceLine
                key={g.uplinkMbps}
                yAxisId="rpo"
                x={g.uplinkMbps}
                stroke={color}
                strokeWidth={current ? 2 : 1.5}
                strokeDasharray={current ? undefined : '2 3'}
                label={markerLabel(g.shortLabel, i % 3, color, Math.log(g.uplinkMbps / xDomain[0]) > 0.6 * Math.log(xDomain[1] / xDomain[0]))}
              />
            );
          })}
        </ComposedChart>
      </PlotContainer>
    </ChartFigure>
  );
}
