/** Results of the last valid plan: verdict, headline cards, charts, per-VM table, warnings. */
export { ResultsProvider, useResults } from './results-context';
export type { ResultsState } from './results-context';
export { VerdictBar } from './verdict-bar';
export { ResultsDetails, ResultsSummary } from './results-panels';
export { verdictOf, vmLabel } from '@/results';
export type { Verdict, VerdictTone } from '@/results';
