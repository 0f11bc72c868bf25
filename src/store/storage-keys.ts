/** Local-storage keys of the planner (also used by the UI benchmark to seed a plan). */
export const PLAN_STORAGE_KEY = 'replica-planner:plan';
/** Prefix of keys holding set-aside saved plans; a timestamp follows. */
export const CORRUPT_KEY_PREFIX = `${PLAN_STORAGE_KEY}:corrupt:`;
