/** Local-storage keys of the planner (also used by the UI benchmark to seed a plan). */

/**
 * The single saved plan of releases before My plans, and the default key of `persistPlanStore`.
 * On first load it is moved into the library (plan-library.ts), so seeding it still works.
 */
export const PLAN_STORAGE_KEY = 'replica-planner:plan';
/** Prefix of keys holding set-aside saved plans; a timestamp follows. */
export const CORRUPT_KEY_PREFIX = `${PLAN_STORAGE_KEY}:corrupt:`;
/** My plans: the list of plans (id, name, VM count, last change) and which one is open. */
export const LIBRARY_INDEX_KEY = 'replica-planner:library';
/** My plans: one key per plan, holding the same envelope as PLAN_STORAGE_KEY did; the plan id follows. */
export const LIBRARY_PLAN_KEY_PREFIX = 'replica-planner:library:plan:';
