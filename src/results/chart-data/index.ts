/** Pure chart-data builders: PlanResult (+ a slice of the plan) → plain arrays for Recharts. */
export { buildDemandChart, DEMAND_TOP_VMS, OTHERS_KEY } from './demand-chart';
export type { DemandChartData, DemandPoint, DemandSeries } from './demand-chart';
export { buildBacklogChart } from './backlog-chart';
export type { BacklogChartData, BacklogPoint, BreachMarker, RpoReference } from './backlog-chart';
export { buildWhatIfChart } from './what-if-chart';
export type { WhatIfChartData, WhatIfChartPoint, WhatIfMarker, WhatIfMarkerKind } from './what-if-chart';
export { buildStorageChart } from './storage-chart';
export type { StorageBar, StorageChartData, StorageRow, StorageSegment, StorageSegmentKey } from './storage-chart';
export { buildInitialReplicationChart } from './initial-replication-chart';
export type { InitialReplicationChartData, InitialReplicationRow } from './initial-replication-chart';
export { byteScale } from './chart-units';
export type { ByteScale, PlanContext } from './chart-units';
export { durationTicksMinutes, hourTicks, logTicks125, niceDurationCeilMinutes, wantsLogLagAxis } from './axis-ticks';
export { buildWhatIfDisplay, SHORT_MARKER_LABELS } from './what-if-display';
export type { WhatIfDisplay, WhatIfMarkerGroup, WhatIfRow } from './what-if-display';
export { backlogSummary, demandSummary, initialReplicationSummary, storageSummary, whatIfSummary } from './chart-summaries';
export { IR_CHART_MAX_ROWS, latestInitialReplicationRows } from './initial-replication-limit';
