/**
 * Results of the last valid plan on the planner screen: verdict, headline cards, charts, per-VM
 * table, warnings. The result itself comes from ResultsProvider (`@/components`), shared with the
 * report and the file actions.
 */
export { VerdictBar } from './verdict-bar';
export { ResultsDetails, ResultsSummary } from './results-panels';
export { verdictOf, vmLabel } from '@/results';
export type { Verdict, VerdictTone } from '@/results';
