import { useMemo, type ReactNode } from 'react';
import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { BIG_PLAN_VMS } from '../big-plan';
import { Contained } from '../error-boundary';
import { BacklogChart } from './backlog-chart';
import { DemandChart } from './demand-chart';
import { InitialReplicationChart } from './initial-replication-chart';
import { StorageChart } from './storage-chart';
import { useStaggeredMount } from './use-staggered-mount';
import { WhatIfChart } from './what-if-chart';
import './charts.css';

/** Stands in for a chart not yet drawn (a big plan draws one per task), keeping room for it. */
function ChartPending() {
  return <div className="chart-pending" aria-hidden="true" />;
}

/**
 * The five result charts, in the order a reader asks: how much is sent when, does it keep up
 * through the day, what would more uplink buy, how much disk, how long the first copy takes.
 * One column in the ~800 px results column; two side by side only where there is room.
 */
export function ResultCharts({ plan, result }: { plan: Plan; result: PlanResult }) {
  // One failing chart leaves the other four (and the rest of the page) in place. The elements are
  // kept per result, so mounting the next chart does not render the ones already drawn again.
  const charts = useMemo(
    (): [string, ReactNode][] => [
      ['The wire demand chart', <DemandChart result={result} />],
      ['The backlog and RPO chart', <BacklogChart plan={plan} result={result} />],
      ['The what-if chart', <WhatIfChart plan={plan} result={result} />],
      ['The storage chart', <StorageChart plan={plan} result={result} />],
      ['The initial replication chart', <InitialReplicationChart result={result} />],
    ],
    [plan, result],
  );
  const mounted = useStaggeredMount(charts.length, plan.vms.length >= BIG_PLAN_VMS);
  return (
    <section className="chart-grid" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="chart-grid-title">
        Charts
      </h2>
      {charts.map(([part, chart], i) => (
        <Contained key={part} part={part} resetKey={result}>
          {i < mounted ? chart : <ChartPending />}
        </Contained>
      ))}
    </section>
  );
}
