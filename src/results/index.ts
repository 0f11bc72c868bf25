/**
 * The shared results layer: pure helpers that turn engine and scenario answers into the verdict,
 * figures and words the planner screen, the report and the CLI all show. No React, no store.
 * Imported by path, not from here: the chart-data builders (`@/results/chart-data`, used by the
 * lazily loaded charts only) and the per-VM table rows (`@/results/vm-result-rows`).
 */
export { verdictOf, vmLabel } from './verdict';
export type { Verdict, VerdictTone } from './verdict';
export { aboutDays, breachingVmsText, dayAndClock, firstBreachText, resyncText, rpoGrowthText, unboundedSentence, rpoFigure, vmRpoFigure, worstRpoFigure } from './unbounded';
export { irAdviceText, irNeverText, irTotalFigure, irVmFigure, listNames } from './initial-replication';
export {
  COMPARE_COLUMNS,
  GOAL_WORDS,
  compareCells,
  costRpoPoints,
  evaluatedRows,
  formatMoney,
  goalsInWords,
  goalsVerdict,
  missedGoalWords,
  nothingMeetsText,
  recommendedOption,
  optionWorstRpoText,
} from './options';
export type { CompareCell, CompareKey, CostRpoPoint } from './options';
export { comparisonTable } from './options-csv';
export { AGREEMENT_TOLERANCE, measuredCheck } from './measured-check';
export type { MeasuredCheck } from './measured-check';
export { healthReasonMessage, warningMessage } from './warnings';
export { groupWarnings } from './warning-groups';
export type { WarningGroup } from './warning-groups';
