/**
 * Options (SPEC §5.9), pure: apply a change or a variant, diff two plans, compare the variants,
 * find the cheapest option that meets the goals. Runs unchanged in tests, the CLI and a worker.
 */
export { parseChangePath, joinPath, setAtPath, getAtPath } from './paths';
export type { PathSegment, SetResult } from './paths';
export { applyChanges, applyVariant, adoptVariedPlan, formatChangeIssue } from './variants';
export type { ChangeIssue, VariedPlan } from './variants';
export { diffPlans } from './diff';
export { describeChange } from './describe';
export { GOAL_IDS, checkGoals, isUnbounded } from './goals';
export type { GoalId, GoalCheck } from './goals';
export { BYTES_PER_TB, linkOnTier, optionCost, tierForUplink } from './costs';
export type { OptionCost, TierLink } from './costs';
export { evaluateOption, optionFigures } from './evaluate-option';
export type { EvaluatedOption, OptionFigures, OptionInput, OptionKind } from './evaluate-option';
export { compareVariants } from './compare';
export type { ComparisonRow, CompareOptions } from './compare';
export { JUNK_DISK_NAME, MAX_OPTIONS, optimize } from './optimizer';
export type { OptimizerProgress, OptimizerResult, OptimizeOptions } from './optimizer';
