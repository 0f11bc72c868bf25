/** The sizing engine's only public face. Pure: no React, store, DOM or Node APIs. */
export { evaluatePlan } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export type * from './types';
export { healthReasonText, warningText, warningWithMessage } from './warning-text';
export type { WarningData } from './warning-text';
export { evaluateMeasured, fractionAtOrBelow, percentile, runsAbove, MAX_LISTED, PARTIAL_MET_PERCENT } from './measured';
export type * from './measured/types';
export { evaluatePlanWith, runTaskInProcess } from './evaluate-with';
export type { EvaluateWithOptions, RunTask } from './evaluate-with';
export { evaluationContext } from './evaluation-context';
export type { EvaluationContext } from './evaluation-context';
export { runEvalTask, runEvalTaskIn } from './eval-tasks';
export type { EvalTask, EvalTaskResult } from './eval-tasks';
