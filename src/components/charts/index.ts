export { ResultCharts } from './result-charts';
// Single charts for the printable report, which gives each a fixed `width` (px): Recharts'
// ResponsiveContainer measures 0 in print layout.
export { BacklogChart } from './backlog-chart';
export { DemandChart } from './demand-chart';
export { InitialReplicationChart } from './initial-replication-chart';
export { StorageChart } from './storage-chart';
export { WhatIfChart } from './what-if-chart';
