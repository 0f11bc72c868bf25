/**
 * The draft in local storage: saved (debounced) as a versioned envelope under one key (My plans
 * gives each plan its own, see plan-library.ts), loaded through parsePlan (which migrates).
 * Whatever cannot be loaded is set aside under a backup key and named in a notice: the user's data
 * is never dropped silently, and storage failures never stop the app.
 */
import { SCHEMA_VERSION, describeIssue, parsePlan, type Plan } from '@/plan';
import { createPlanStore, type PlanNotice, type PlanStore, type PlanStoreOptions } from './plan-store';
import { takePreparsed } from './startup-parse';
import { storageFullMessage, storageUseChars } from './storage-use';
import { rememberParsedPlan, selectValidation } from './validation';

import { CORRUPT_KEY_PREFIX, PLAN_STORAGE_KEY } from './storage-keys';

export { CORRUPT_KEY_PREFIX, PLAN_STORAGE_KEY };

/** What is stored under PLAN_STORAGE_KEY. */
export interface SavedPlanEnvelope {
  schemaVersion: number;
  /** ISO 8601. */
  savedAt: string;
  /** The draft, possibly invalid. */
  plan: unknown;
  /** Present only while the draft is invalid: the plan to fall back to on load. */
  lastValidPlan?: Plan;
}

export type PlanStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** `localStorage`, or null where reading it throws (blocked cookies, sandboxed frames) or it does not exist. */
export function getBrowserStorage(): PlanStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The notice for storage that cannot be written or read. */
export const UNAVAILABLE: PlanNotice = {
  kind: 'storage-unavailable',
  message: 'This browser is not letting the planner save: your changes will be lost when you close the page. Keep the plan with Save JSON or Copy link.',
};

export interface LoadedPlan {
  plan: Plan;
  notice: PlanNotice | null;
  /** False when a saved plan could not be set aside: saving would overwrite it. */
  canSave: boolean;
}

function firstIssue(input: unknown): string {
  const parsed = parsePlan(input);
  return parsed.ok ? '' : `${describeIssue(parsed.issues[0]!, input as object)}${parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : ''}`;
}

/** What one storage key held, as read by `readSavedPlan`. */
export type SavedPlanRead =
  | { status: 'none' }
  | { status: 'ok'; plan: Plan }
  /** The draft was invalid; its last valid version is returned and the draft set aside. */
  | { status: 'restored'; plan: Plan; message: string; keptAside: boolean }
  /** Nothing usable; `message` ends with where the raw text went. */
  | { status: 'unusable'; reason: string; where: string; keptAside: boolean }
  | { status: 'unavailable' };

/** Read the plan saved under `key`; an unusable one is copied aside (under CORRUPT_KEY_PREFIX) before anything can overwrite it. */
export function readSavedPlan(storage: PlanStorage | null, key: string, now: () => number = Date.now): SavedPlanRead {
  let raw: string | null;
  try {
    if (!storage) return { status: 'unavailable' };
    raw = storage.getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'none' };
  // Checked in advance while a big plan opened (startup-parse.ts): a good plan needs no second JSON.parse.
  const early = takePreparsed(raw);
  if (early?.ok) {
    rememberParsedPlan(early.plan);
    return { status: 'ok', plan: early.plan };
  }

  let envelope: Partial<SavedPlanEnvelope> | null = null;
  try {
    const json: unknown = JSON.parse(raw);
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) envelope = json;
  } catch {
    // Not JSON: handled below as a corrupt saved plan.
  }
  const draft = envelope ? (early ?? parsePlan(envelope.plan)) : null;
  if (draft?.ok) {
    rememberParsedPlan(draft.plan);
    return { status: 'ok', plan: draft.plan };
  }

  // Unusable: keep the raw text before anything can overwrite it.
  const backupKey = `${CORRUPT_KEY_PREFIX}${new Date(now()).toISOString()}`;
  let keptAside = true;
  try {
    storage.setItem(backupKey, raw);
  } catch {
    keptAside = false;
  }
  const where = keptAside
    ? `It is kept in this browser's storage under "${backupKey}".`
    : 'It could not be copied aside, so it is left untouched and this session will not be saved.';

  const fallback = envelope?.lastValidPlan === undefined ? null : parsePlan(envelope.lastValidPlan);
  if (fallback?.ok) {
    const message = `Your last edit had an error (${firstIssue(envelope?.plan)}), so the last valid version of the plan was restored. ${where}`;
    return { status: 'restored', plan: fallback.plan, message, keptAside };
  }
  const reason = envelope ? `it is not a valid plan: ${firstIssue(envelope.plan)}` : 'it is not readable JSON';
  return { status: 'unusable', reason, where, keptAside };
}

/** Read the saved plan; fall back to `example` (the branch-office plan) when there is none or it is unusable. */
export function loadSavedPlan(storage: PlanStorage | null, example: Plan, now: () => number = Date.now, key = PLAN_STORAGE_KEY): LoadedPlan {
  const read = readSavedPlan(storage, key, now);
  switch (read.status) {
    case 'unavailable':
      return { plan: example, notice: UNAVAILABLE, canSave: false };
    case 'none':
      return { plan: example, notice: null, canSave: true };
    case 'ok':
      return { plan: read.plan, notice: null, canSave: true };
    case 'restored':
      return { plan: read.plan, notice: { kind: 'restored-from-backup', message: read.message }, canSave: read.keptAside };
    case 'unusable': {
      const message = `The saved plan could not be opened (${read.reason}); the example plan was loaded instead. ${read.where}`;
      return { plan: example, notice: { kind: 'corrupt-saved-plan', message }, canSave: read.keptAside };
    }
  }
}

/** The envelope for `draft`; carries the last valid plan while the draft has errors. */
export function makeEnvelope(draft: unknown, lastValidPlan: Plan, valid: boolean, now: () => number = Date.now): SavedPlanEnvelope {
  const envelope: SavedPlanEnvelope = { schemaVersion: SCHEMA_VERSION, savedAt: new Date(now()).toISOString(), plan: draft };
  if (!valid) envelope.lastValidPlan = lastValidPlan;
  return envelope;
}

export interface PersistOptions {
  storage: PlanStorage | null;
  /** Wait this long after the last edit before writing (ms). */
  debounceMs?: number;
  now?: () => number;
  /** Writes nothing when false (see LoadedPlan.canSave). */
  canSave?: boolean;
  /** Flush pending writes when this target fires `pagehide`; defaults to `window` when there is one. */
  flushOn?: EventTarget | null;
  /** Where the draft goes; a function when it changes (My plans switches the current plan's key), null = do not save now. */
  key?: string | (() => string | null);
  /** Called after each successful write (My plans keeps its index in step). */
  onSaved?: (envelope: SavedPlanEnvelope) => void;
}

export interface PersistHandle {
  /** Write a pending save now. */
  flush: () => void;
  /** Stop listening (flushes first). */
  stop: () => void;
  /** `draft` is already stored as it is (a plan just opened): changing to it schedules no write. */
  markSaved: (draft: unknown) => void;
}

/** Save the store's draft whenever it changes, debounced; a failing write sets one notice per session. */
export function persistPlanStore(store: PlanStore, options: PersistOptions): PersistHandle {
  const { storage, debounceMs = 500, now = Date.now, canSave = true, key = PLAN_STORAGE_KEY, onSaved } = options;
  const flushOn = options.flushOn === undefined ? (typeof window === 'undefined' ? null : window) : options.flushOn;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let warned = false;
  let saved: unknown = null;

  const write = () => {
    timer = null;
    const target = typeof key === 'function' ? key() : key;
    if (!canSave || !storage || target === null) return;
    const { draft, lastValidPlan } = store.getState();
    let size = 0;
    try {
      const envelope = makeEnvelope(draft, lastValidPlan, selectValidation(draft).ok, now);
      const text = JSON.stringify(envelope);
      size = target.length + text.length;
      storage.setItem(target, text);
      saved = draft;
      onSaved?.(envelope);
    } catch {
      // Quota exceeded or storage disabled: keep running, say so once — with the sizes, when known.
      if (!warned) store.getState().setNotice({ ...UNAVAILABLE, message: storageFullMessage(size, size > 0 ? storageUseChars(storage as Partial<Storage>) : null) });
      warned = true;
    }
  };
  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    write();
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.draft === prev.draft || state.draft === saved) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, debounceMs);
  });
  flushOn?.addEventListener('pagehide', flush);

  return {
    flush,
    markSaved: (draft) => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      saved = draft;
    },
    stop: () => {
      flush();
      unsubscribe();
      flushOn?.removeEventListener('pagehide', flush);
    },
  };
}

/** The app's store: loaded from local storage (or `example`), saving as the user edits. */
export function createPersistentPlanStore(
  options: { example: Plan; storage?: PlanStorage | null } & Omit<PersistOptions, 'storage' | 'canSave'> & Omit<PlanStoreOptions, 'initialPlan' | 'notice'>,
): { store: PlanStore; persistence: PersistHandle } {
  const { example, storage = getBrowserStorage(), ...rest } = options;
  const loaded = loadSavedPlan(storage, example, rest.now);
  const store = createPlanStore({ ...rest, initialPlan: loaded.plan, notice: loaded.notice });
  const persistence = persistPlanStore(store, { ...rest, storage, canSave: loaded.canSave });
  return { store, persistence };
}
