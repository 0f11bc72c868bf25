import { Contained } from '@/components';
import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { BacklogChart } from './backlog-chart';
import { DemandChart } from './demand-chart';
import { InitialReplicationChart } from './initial-replication-chart';
import { StorageChart } from './storage-chart';
import { WhatIfChart } from './what-if-chart';
import './charts.css';

/**
 * The five result charts, in the order a reader asks: how much is sent when, does it keep up
 * through the day, what would more uplink buy, how much disk, how long the first copy takes.
 * One column in the ~800 px results column; two side by side only where there is room.
 */
export function ResultCharts({ plan, result }: { plan: Plan; result: PlanResult }) {
  return (
    <section className="chart-grid" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="chart-grid-title">
        Charts
      </h2>
      {/* One failing chart leaves the other four (and the rest of the page) in place. */}
      <Contained part="The wire demand chart" resetKey={result}>
        <DemandChart result={result} />
      </Contained>
      <Contained part="The backlog and RPO chart" resetKey={result}>
        <BacklogChart plan={plan} result={result} />
      </Contained>
      <Contained part="The what-if chart" resetKey={result}>
        <WhatIfChart plan={plan} result={result} />
      </Contained>
      <Contained part="The storage chart" resetKey={result}>
        <StorageChart plan={plan} result={result} />
      </Contained>
      <Contained part="The initial replication chart" resetKey={result}>
        <InitialReplicationChart result={result} />
      </Contained>
    </section>
  );
}
