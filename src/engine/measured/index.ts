/** Measured-period analysis: the cycle simulation replayed over measured write rates. */
export { evaluateMeasured, MAX_LISTED, PARTIAL_MET_PERCENT } from './evaluate-measured';
export { fractionAtOrBelow, percentile, runsAbove } from './percentile';
export type * from './types';
