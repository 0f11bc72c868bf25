export { createPlanStore, PlanStoreProvider, usePlanStore } from './plan-store';
export type { PlanNotice, PlanStore, PlanStoreOptions, PlanStoreState, ReplaceReason } from './plan-store';
export { getIn, setIn, uniqueId } from './draft-ops';
export { seedWeights } from './vm-draft-ops';
export { PAGING_DISK_PATTERN, diskNameMatcher, isEmptyEdit } from './bulk-ops';
export type { BulkEdit, BulkSummary } from './bulk-ops';
export type { DraftDisk, DraftVm, FieldPath, JsonValue, PlanDraft } from './draft-ops';
export { selectDraftValidation, selectLastValidPlan, selectResultsOutOfDate, selectValidation } from './validation';
export type { DraftValidation } from './validation';
export {
  CORRUPT_KEY_PREFIX,
  PLAN_STORAGE_KEY,
  createPersistentPlanStore,
  getBrowserStorage,
  loadSavedPlan,
  persistPlanStore,
} from './persistence';
export type { LoadedPlan, PersistHandle, PersistOptions, PlanStorage, SavedPlanEnvelope } from './persistence';
export { createLibraryPlanStore, preparseLibraryPlans } from './library-session';
export type { LibraryStoreOptions, PlanLibrarySession, SharedPlanOutcome } from './library-session';
export type { LibraryEntry, LibraryResult } from './plan-library';
