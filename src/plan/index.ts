export * from './limits';
export * from './profiles';
export * from './presets';
export { PlanSchema, LinkSchema, SCHEMA_VERSION } from './schema';
export type { Plan, PlanInput, PlanVm, PlanDisk, PlanLink, PlanGoals, PlanCosts, LinkTier, PlanVariant, PlanChange } from './schema';
export { CHANGE_PATH_PATTERN, UNCHANGEABLE_ROOTS } from './options-schema';
export { parsePlan, formatIssue, formatPath } from './parse';
export type { ParsePlanResult, PlanIssue } from './parse';
export { MIGRATIONS, migratePlan } from './migrations';
