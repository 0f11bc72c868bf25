/**
 * The part of the plan layer the engine may use: the plan's types, limits, profiles and disk
 * plausibility — nothing that reads the page's locale. `@/plan` adds the codecs (CSV and paste rows
 * parse numbers in the reader's locale), so the engine imports this module, never the barrel.
 */
export * from './limits';
export * from './profiles';
export type { Plan, PlanInput, PlanVm, PlanDisk, PlanLink, PlanGoals, PlanCosts, LinkTier, PlanVariant, PlanChange } from './schema';
export { diskFlagText, diskFlags } from './plausibility';
export type { DiskFlag } from './plausibility';
