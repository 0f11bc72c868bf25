import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { BacklogChart, DemandChart, InitialReplicationChart, StorageChart, WhatIfChart } from '@/components/charts';

/**
 * Plot width in px. Fixed because Recharts' ResponsiveContainer measures 0 in print layout; it
 * fits the 180 mm (≈ 680 px) text width of A4 with 15 mm margins, inside the figure's padding.
 */
export const REPORT_CHART_WIDTH = 640;

/** Section 3: the planner's five charts (animation off), each kept whole on one page. */
export function ReportCharts({ plan, result }: { plan: Plan; result: PlanResult }) {
  return (
    <section className="report-section report-charts" aria-labelledby="report-charts">
      {/* The heading keeps the first chart with it: never a heading alone at a page's foot. */}
      <div className="report-keep">
        <h2 id="report-charts">3. Charts</h2>
        <p>Lines differ by dash and marker, and each chart’s key names them, so the charts read in black and white.</p>
        <DemandChart result={result} width={REPORT_CHART_WIDTH} />
      </div>
      <BacklogChart plan={plan} result={result} width={REPORT_CHART_WIDTH} />
      <WhatIfChart plan={plan} result={result} width={REPORT_CHART_WIDTH} />
      <StorageChart plan={plan} result={result} width={REPORT_CHART_WIDTH} />
      <InitialReplicationChart result={result} width={REPORT_CHART_WIDTH} />
    </section>
  );
}
