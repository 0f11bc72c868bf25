/**
 * Cost against worst RPO for the options (SPEC §5.9): cheaper is left, safer is lower; options
 * that meet the goals are filled, the others hollow; options whose backlog grows without limit sit
 * on an "unbounded" band above the plot instead of at a made-up RPO.
 */
import { CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { formatDuration } from '@/lib/format';
import type { Plan } from '@/plan';
import { costRpoPoints, formatMoney } from '@/results';
import type { EvaluatedOption } from '@/scenario';

const HEIGHT = 300;

export function CostRpoChart({ plan, options, width, animate = true }: { plan: Plan; options: readonly EvaluatedOption[]; width?: number; animate?: boolean }) {
  const points = costRpoPoints(options);
  const finite = points.filter((p) => p.worstRpoMinutes !== null).map((p) => p.worstRpoMinutes!);
  const target = plan.replication.targetRpoMinutes;
  const top = Math.max(1, ...finite, target ?? 0) * 1.15;
  const anyUnbounded = points.some((p) => p.worstRpoMinutes === null);
  const band = top * 1.12; // where unbounded options are drawn
  // Short marks (P, V1, O1 …) keyed below the chart; options on the same spot share one label.
  const marks = new Map<string, string>();
  let v = 0;
  let o = 0;
  for (const p of points) marks.set(p.id, p.kind === 'base' ? 'P' : p.kind === 'variant' ? `V${++v}` : `O${++o}`);
  const spot = (p: (typeof points)[number]) => `${Math.round(p.monthly * 100)}|${p.worstRpoMinutes === null ? 'u' : Math.round(p.worstRpoMinutes * 10)}`;
  const firstAtSpot = new Map<string, string[]>();
  for (const p of points) firstAtSpot.set(spot(p), [...(firstAtSpot.get(spot(p)) ?? []), marks.get(p.id)!]);
  const data = points.map((p) => {
    const together = firstAtSpot.get(spot(p))!;
    return { ...p, y: p.worstRpoMinutes ?? band, label: together[0] === marks.get(p.id) ? together.join(', ') : '' };
  });
  const meets = data.filter((p) => p.meetsGoals);
  const misses = data.filter((p) => !p.meetsGoals);
  const maxCost = Math.max(1, ...points.map((p) => p.monthly)) * 1.15;
  const summary =
    points.length === 0
      ? 'No options to draw yet.'
      : `${meets.length} of ${points.length} options meet the goals${anyUnbounded ? `; ${points.filter((p) => p.worstRpoMinutes === null).length} fall behind without limit (drawn on the top band)` : ''}.`;
  return (
    <figure className="chart-figure cost-rpo" aria-labelledby="chart-cost-rpo-title" aria-describedby="chart-cost-rpo-summary">
      <h3 id="chart-cost-rpo-title" className="chart-title">
        Monthly cost against worst RPO
      </h3>
      <p id="chart-cost-rpo-summary" className="chart-summary">
        {summary}
      </p>
      <div className="chart-plot" style={{ height: HEIGHT }} aria-hidden="true">
        <ResponsiveContainer width={width ?? '100%'} height={width ? HEIGHT : '100%'}>
          <ScatterChart margin={{ top: 16, right: 24, bottom: 28, left: 12 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="2 4" />
            <XAxis
              dataKey="monthly"
              type="number"
              domain={[0, maxCost]}
              tickFormatter={(v: number) => formatMoney(plan, v)}
              label={{ value: `Monthly cost (${plan.costs.currency || 'price'})`, position: 'insideBottom', offset: -16 }}
            />
            <YAxis
              dataKey="y"
              type="number"
              domain={[0, anyUnbounded ? band * 1.05 : top]}
              tickFormatter={(v: number) => (v > top ? 'unbounded' : formatDuration(v * 60))}
              width={84}
              label={{ value: 'Worst RPO', angle: -90, position: 'insideLeft', offset: 4 }}
            />
            {anyUnbounded ? (
              <ReferenceLine y={top} stroke="#888" strokeDasharray="4 4" label={{ value: 'grows without limit ↑', position: 'insideTopLeft', fontSize: 11 }} />
            ) : null}
            {target !== null ? <ReferenceLine y={target} stroke="#b45309" strokeDasharray="6 3" label={{ value: `target ${target} min`, position: 'insideBottomRight', fontSize: 11 }} /> : null}
            <Scatter name="Meets the goals" data={meets} fill="#15803d" isAnimationActive={animate}>
              <LabelList dataKey="label" position="top" fontSize={12} fontWeight={600} />
            </Scatter>
            <Scatter name="Misses a goal" data={misses} fill="#ffffff" stroke="#b91c1c" strokeWidth={2} isAnimationActive={animate}>
              <LabelList dataKey="label" position="top" fontSize={12} fontWeight={600} />
            </Scatter>
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <div className="chart-key">
        <span className="cost-rpo-key cost-rpo-meets">● meets the goals</span> <span className="cost-rpo-key cost-rpo-misses">○ misses a goal</span>
        <ul className="cost-rpo-marks">
          {points.map((p) => (
            <li key={p.id}>
              <strong>{marks.get(p.id)}</strong> {p.name}: {formatMoney(plan, p.monthly)} a month, worst RPO {p.worstRpoMinutes === null ? 'unbounded' : formatDuration(p.worstRpoMinutes * 60)}
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
