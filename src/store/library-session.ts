/**
 * The app's store with My plans: the open plan is one library entry, autosaved to its own key;
 * opening another plan saves this one first and swaps the draft (with a fresh undo history: an
 * undo must not carry one plan's content into another). Without usable storage the planner still
 * runs on one unsaved plan and My plans says why it is unavailable.
 */
import type { Plan } from '@/plan';
import { newPlanDraft } from './draft-ops';
import { emptyHistory } from './history';
import { UNAVAILABLE, getBrowserStorage, loadSavedPlan, makeEnvelope, persistPlanStore, readSavedPlan, type PersistHandle, type PersistOptions } from './persistence';
import {
  addPlan,
  deleteStoredPlan,
  duplicateStoredPlan,
  findStoredPlan,
  hasLegacyPlan,
  hasSavedData,
  openLibrary,
  planKey,
  readIndex,
  recordSave,
  renameStoredPlan,
  setCurrentPlan,
  summarize,
  type LibraryEntry,
  type LibraryResult,
  type LibraryStorage,
} from './plan-library';
import { createPlanStore, type PlanNotice, type PlanStore, type PlanStoreOptions } from './plan-store';
import { forgetPreparsed, preparseSavedPlans } from './startup-parse';
import { PLAN_STORAGE_KEY } from './storage-keys';
import { selectValidation } from './validation';
import { deepEqual } from './deep-equal';

/** What opening a shared plan did. */
export type SharedPlanOutcome =
  /** The link holds the plan already open (e.g. the page was reloaded). */
  | { kind: 'already-open' }
  /** The link holds a plan already in My plans; that entry was opened. */
  | { kind: 'opened-existing'; name: string }
  /** Added to My plans and opened; `keptName` is the plan that was open before (null when it was the untouched example). */
  | { kind: 'opened'; keptName: string | null; saved: true }
  /** Opened but not saved (storage full or disabled); the plan that was open before is left untouched. */
  | { kind: 'opened'; keptName: string | null; saved: false };

export interface PlanLibrarySession {
  /** Null while My plans works; otherwise why it does not (storage disabled or full). */
  readonly unavailableReason: string | null;
  /** Id of the open plan. */
  currentId: () => string;
  /** The plans, the open one with its live name and VM count. */
  list: () => LibraryEntry[];
  open: (id: string) => LibraryResult<{ name: string; notice: PlanNotice | null }>;
  /** Add a blank plan and open it. */
  create: () => LibraryResult<LibraryEntry>;
  duplicate: (id: string) => LibraryResult<LibraryEntry>;
  rename: (id: string, name: string) => LibraryResult<null>;
  /** The open plan cannot be deleted (open another first). */
  remove: (id: string) => LibraryResult<null>;
  /** Open a plan from a link without losing the open one: it stays in My plans. */
  openShared: (plan: Plan) => SharedPlanOutcome;
  /** Storage key of the open plan (another tab's write to it arrives as a `storage` event); null without My plans. */
  currentKey: () => string | null;
  /** Load the open plan as stored now (another tab saved it); a new undo history, as when opening a plan. */
  reloadCurrent: () => LibraryResult<{ name: string }>;
}

export type LibraryStoreOptions = {
  example: Plan;
  storage?: LibraryStorage | null;
  newId?: () => string;
  /** The plan this browser tab had open before a reload, if it still exists; else the last one opened in any tab. */
  openId?: string | null;
} & Omit<PersistOptions, 'storage' | 'canSave' | 'key' | 'onSaved'> &
  Omit<PlanStoreOptions, 'initialPlan' | 'notice'>;

/** Short random ids; collisions are checked against the index anyway. */
const randomId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Replace the draft as a different document: new undo history, results from this plan. */
function loadIntoStore(store: PlanStore, plan: Plan) {
  const history = emptyHistory<Plan>();
  store.setState({ draft: plan, lastValidPlan: selectValidation(plan).plan ?? plan, history, canUndo: false, canRedo: false });
}

const NO_LIBRARY = 'My plans needs this browser’s local storage, which is disabled or full.';

/** One plan, no library: storage missing, or the library could not be set up. */
function singlePlanSession(store: PlanStore, reason: string): PlanLibrarySession {
  const refuse = () => ({ ok: false as const, message: reason });
  return {
    unavailableReason: reason,
    currentId: () => 'current',
    list: () => [{ id: 'current', ...summarize(store.getState().draft), modifiedAt: '' }],
    open: refuse,
    create: refuse,
    duplicate: refuse,
    rename: (_id, name) => {
      store.getState().setField(['name'], name);
      return { ok: true, value: null };
    },
    remove: refuse,
    openShared: (plan) => {
      if (deepEqual(plan, store.getState().lastValidPlan)) return { kind: 'already-open' };
      store.getState().replacePlan(plan, 'link'); // Undo brings the previous plan back
      return { kind: 'opened', keptName: null, saved: false };
    },
    currentKey: () => null,
    reloadCurrent: refuse,
  };
}

/**
 * Before createLibraryPlanStore with the same `openId`: check the plans it may open (the one this
 * tab had, the last one opened, one left by an earlier release) a slice at a time, `pause()`
 * between slices, so a 5 000-VM plan opens without one long task. Optional: without it the store
 * checks the plan itself, in one go.
 */
export function preparseLibraryPlans(openId: string | null | undefined, pause: () => Promise<void>, storage = getBrowserStorage() as LibraryStorage | null): Promise<void> {
  if (!storage) return Promise.resolve();
  const current = readIndex(storage)?.currentId;
  const ids = [openId, current].filter((id): id is string => typeof id === 'string');
  return preparseSavedPlans(storage, [PLAN_STORAGE_KEY, ...ids.map(planKey)], pause);
}

/** The app's store, loaded from My plans (or `example`), autosaving the open plan. */
export function createLibraryPlanStore(options: LibraryStoreOptions): { store: PlanStore; session: PlanLibrarySession; persistence: PersistHandle } {
  const { example, storage: given, newId: makeId = randomId, openId, ...rest } = options;
  const now = rest.now ?? Date.now;
  const storage = given === undefined ? (getBrowserStorage() as LibraryStorage | null) : given;
  // A plan left by an earlier release is opened (its problems shown), not silently filed away.
  const legacyPending = storage !== null && hasLegacyPlan(storage);
  const library = storage ? openLibrary(storage, example, { now, newId: () => uniqueId(storage, makeId) }) : null;

  if (!storage || !library?.ok) {
    // Without a library the plan is kept as before, under the single key (when storage works at all).
    const loaded = loadSavedPlan(storage, example, now);
    const notice = loaded.notice ?? (library && !library.ok ? { ...UNAVAILABLE, message: `${library.message}. The plan is saved as before, without My plans.` } : null);
    const store = createPlanStore({ ...rest, initialPlan: loaded.plan, notice });
    const persistence = persistPlanStore(store, { ...rest, storage, canSave: loaded.canSave });
    forgetPreparsed();
    return { store, persistence, session: singlePlanSession(store, library && !library.ok ? library.message : NO_LIBRARY) };
  }

  const libOptions = { now, newId: () => uniqueId(storage, makeId) };
  let currentId = !legacyPending && openId && library.value.plans.some((p) => p.id === openId) ? openId : library.value.currentId;
  const loaded = loadSavedPlan(storage, example, now, planKey(currentId));
  /** False while the open plan must not be written (a damaged one not set aside, or storage full). */
  let saving = loaded.canSave;
  const store = createPlanStore({ ...rest, initialPlan: loaded.plan, notice: loaded.notice });
  const persistence = persistPlanStore(store, {
    ...rest,
    storage,
    key: () => (saving ? planKey(currentId) : null),
    onSaved: (envelope) => recordSave(storage, currentId, envelope),
  });

  /** Write the open plan now (outside the debounce). */
  const writeCurrent = (): boolean => {
    const { draft, lastValidPlan } = store.getState();
    const envelope = makeEnvelope(draft, lastValidPlan, selectValidation(draft).ok, now);
    try {
      storage.setItem(planKey(currentId), JSON.stringify(envelope));
    } catch {
      return false;
    }
    recordSave(storage, currentId, envelope);
    return true;
  };
  // A damaged saved plan was set aside (the notice names where): the entry now holds what is on screen.
  if (saving && (loaded.notice?.kind === 'corrupt-saved-plan' || loaded.notice?.kind === 'restored-from-backup')) writeCurrent();

  /** Make sure the open plan is stored (the untouched first plan is not yet) before leaving it. */
  const saveCurrent = (): boolean => {
    persistence.flush();
    return !saving || hasSavedData(storage, currentId) || writeCurrent();
  };
  const switchTo = (id: string, plan: Plan, canSave: boolean) => {
    persistence.flush();
    currentId = id;
    saving = canSave;
    if (canSave) setCurrentPlan(storage, id);
    persistence.markSaved(plan);
    loadIntoStore(store, plan);
  };
  const NOT_SAVED = 'The open plan could not be saved first (browser storage is full), so nothing was changed.';

  /**
   * Open stored plan `id`. `keepCurrent` false drops the open plan's entry instead of saving it:
   * only for the untouched first plan, which holds nothing of the user's.
   */
  const openStored = (id: string, keepCurrent: boolean): LibraryResult<{ name: string; notice: PlanNotice | null }> => {
    if (id === currentId) return { ok: true, value: { name: store.getState().draft.name, notice: null } };
    const entry = readIndex(storage)?.plans.find((p) => p.id === id);
    const read = readSavedPlan(storage, planKey(id), now);
    const label = `“${entry?.name ?? 'This plan'}”`;
    if (read.status === 'unavailable') return { ok: false, message: NO_LIBRARY };
    if (read.status === 'none') return { ok: false, message: `${label} has no saved data (it may have been deleted in another tab).` };
    if (read.status === 'unusable') return { ok: false, message: `${label} could not be opened (${read.reason}). ${read.where}` };
    if (keepCurrent ? !saveCurrent() : !deleteStoredPlan(storage, currentId).ok) return { ok: false, message: NOT_SAVED };
    switchTo(id, read.plan, read.status === 'ok' || read.keptAside);
    const notice: PlanNotice | null = read.status === 'restored' ? { kind: 'restored-from-backup', message: read.message } : null;
    return { ok: true, value: { name: read.plan.name, notice } };
  };

  const session: PlanLibrarySession = {
    unavailableReason: null,
    currentId: () => currentId,
    list: () => {
      const live = summarize(store.getState().draft);
      const plans = readIndex(storage)?.plans ?? [];
      const listed = plans.map((p) => (p.id === currentId ? { ...p, ...live } : p));
      return listed.some((p) => p.id === currentId) ? listed : [...listed, { id: currentId, ...live, modifiedAt: '' }];
    },
    open: (id) => openStored(id, true),
    create: () => {
      if (!saveCurrent()) return { ok: false, message: NOT_SAVED };
      const plan = newPlanDraft();
      const added = addPlan(storage, plan, { ...libOptions, afterId: undefined });
      if (added.ok) switchTo(added.value.id, plan, true);
      return added;
    },
    duplicate: (id) => {
      if (id === currentId && !saveCurrent()) return { ok: false, message: NOT_SAVED };
      return duplicateStoredPlan(storage, id, libOptions);
    },
    rename: (id, name) => {
      if (id !== currentId) {
        const renamed = renameStoredPlan(storage, id, name);
        return renamed.ok ? { ok: true, value: null } : renamed;
      }
      store.getState().setField(['name'], name); // an edit like any other: undoable, autosaved
      return { ok: true, value: null };
    },
    remove: (id) => (id === currentId ? { ok: false, message: 'The open plan cannot be deleted: open another plan first.' } : deleteStoredPlan(storage, id)),
    openShared: (plan) => {
      if (deepEqual(plan, store.getState().lastValidPlan)) return { kind: 'already-open' };
      persistence.flush();
      // The untouched first plan (the example, never edited) is not kept: it holds nothing of the user's.
      const keep = hasSavedData(storage, currentId);
      // A damaged plan left untouched (not saving) keeps its listed name; otherwise it is what is on screen.
      const listedName = readIndex(storage)?.plans.find((p) => p.id === currentId)?.name;
      const keptName = !keep ? null : saving ? store.getState().draft.name : (listedName ?? store.getState().draft.name);
      const existing = findStoredPlan(storage, plan);
      if (existing !== null && openStored(existing, keep).ok) return { kind: 'opened-existing', name: plan.name };

      const added = addPlan(storage, plan, libOptions);
      if (!added.ok) {
        // Storage full: the open plan stays stored as it is; the shared one is shown, unsaved (Undo returns).
        saving = false;
        store.getState().replacePlan(plan, 'link');
        return { kind: 'opened', keptName, saved: false };
      }
      if (!keep) deleteStoredPlan(storage, currentId);
      switchTo(added.value.id, plan, true);
      return { kind: 'opened', keptName, saved: true };
    },
    currentKey: () => planKey(currentId),
    reloadCurrent: () => {
      const read = readSavedPlan(storage, planKey(currentId), now);
      if (read.status !== 'ok' && read.status !== 'restored') return { ok: false, message: 'The other tab’s version could not be read; yours is kept.' };
      persistence.markSaved(read.plan);
      loadIntoStore(store, read.plan);
      return { ok: true, value: { name: read.plan.name } };
    },
  };
  forgetPreparsed();
  return { store, persistence, session };
}

/** An id not yet in the index. */
function uniqueId(storage: LibraryStorage, makeId: () => string): string {
  const taken = new Set(readIndex(storage)?.plans.map((p) => p.id));
  for (;;) {
    const id = makeId();
    if (!taken.has(id) && !hasSavedData(storage, id)) return id;
  }
}
