/**
 * My plans in local storage: an index (LIBRARY_INDEX_KEY) with each plan's id, name, VM count and
 * last change, plus one key per plan holding its saved envelope (persistence.ts). The open plan is
 * autosaved to its own key, so switching plans moves no data and a crash mid-switch loses nothing.
 * These functions touch storage only; library-session.ts ties them to the store.
 */
import { z } from '@/plan/zod';
import { LIMITS, parsePlan, type Plan } from '@/plan';
import { makeEnvelope, type SavedPlanEnvelope } from './persistence';
import { deepEqual } from './deep-equal';
import { LIBRARY_INDEX_KEY, LIBRARY_PLAN_KEY_PREFIX, PLAN_STORAGE_KEY } from './storage-keys';

/** What My plans needs from local storage; `key`/`length` let a damaged index be rebuilt. */
export type LibraryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

const EntrySchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string(),
  /** VMs in the plan, groups counted by their `count`. */
  vmCount: z.number().int().min(0),
  /** ISO 8601 time of the last save. */
  modifiedAt: z.string(),
});
const IndexSchema = z.object({ version: z.literal(1), currentId: z.string(), plans: z.array(EntrySchema) });

export type LibraryEntry = z.infer<typeof EntrySchema>;
export type LibraryIndex = z.infer<typeof IndexSchema>;
/** Failures are values: `message` is a sentence for the user. */
export type LibraryResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const planKey = (id: string) => `${LIBRARY_PLAN_KEY_PREFIX}${id}`;

const FULL = 'browser storage is full or disabled';
const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Run a storage write; a throw (quota, disabled storage) becomes false. */
function tryWrite(write: () => void): boolean {
  try {
    write();
    return true;
  } catch {
    return false;
  }
}

function tryRead(storage: LibraryStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Name and VM count of a draft, which may be invalid: what the list shows. */
export function summarize(draft: unknown): { name: string; vmCount: number } {
  const plan = (typeof draft === 'object' && draft !== null ? draft : {}) as { name?: unknown; vms?: unknown };
  const name = typeof plan.name === 'string' ? plan.name : '';
  const vms = Array.isArray(plan.vms) ? (plan.vms as { count?: unknown }[]) : [];
  const vmCount = vms.reduce((sum, vm) => sum + (typeof vm?.count === 'number' && Number.isInteger(vm.count) && vm.count > 0 ? vm.count : 1), 0);
  return { name, vmCount };
}

const entryOf = (id: string, envelope: Pick<SavedPlanEnvelope, 'plan' | 'savedAt'>): LibraryEntry => ({
  id,
  ...summarize(envelope.plan),
  modifiedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : '',
});

/** The saved envelope of a plan as JSON, or null when missing or unreadable. */
function readEnvelope(storage: LibraryStorage, key: string): Partial<SavedPlanEnvelope> | null {
  const raw = tryRead(storage, key);
  if (raw === null) return null;
  try {
    const json: unknown = JSON.parse(raw);
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? json : null;
  } catch {
    return null;
  }
}

/** The index, or null when it is missing or damaged. */
export function readIndex(storage: LibraryStorage): LibraryIndex | null {
  const raw = tryRead(storage, LIBRARY_INDEX_KEY);
  if (raw === null) return null;
  try {
    const parsed = IndexSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const writeIndex = (storage: LibraryStorage, index: LibraryIndex): boolean => tryWrite(() => storage.setItem(LIBRARY_INDEX_KEY, JSON.stringify(index)));

/** Entries rebuilt from the per-plan keys (when the index is damaged or missing). */
function scanPlans(storage: LibraryStorage): LibraryEntry[] {
  const entries: LibraryEntry[] = [];
  if (typeof storage.key !== 'function' || typeof storage.length !== 'number') return entries;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(LIBRARY_PLAN_KEY_PREFIX)) continue;
    const envelope = readEnvelope(storage, key);
    const id = key.slice(LIBRARY_PLAN_KEY_PREFIX.length);
    if (envelope && EntrySchema.shape.id.safeParse(id).success) entries.push(entryOf(id, { plan: envelope.plan, savedAt: envelope.savedAt ?? '' }));
  }
  return entries.sort((a, b) => a.modifiedAt.localeCompare(b.modifiedAt));
}

export interface LibraryOptions {
  now: () => number;
  newId: () => string;
}

/**
 * The index, created on first load: the single plan saved by earlier releases (PLAN_STORAGE_KEY)
 * becomes the first entry (copied, then the old key removed); with nothing saved, the entry is a
 * placeholder for `initial` whose key is written on the first save. A damaged index is rebuilt
 * from the per-plan keys, so no plan is lost with it.
 */
export function openLibrary(storage: LibraryStorage, initial: Plan, { now, newId }: LibraryOptions): LibraryResult<LibraryIndex> {
  const stamp = new Date(now()).toISOString();
  const existing = readIndex(storage);
  const plans = existing ? [...existing.plans] : scanPlans(storage);
  let currentId = existing?.currentId ?? plans[plans.length - 1]?.id ?? null;

  // Also after the index exists: a tab still running an earlier release may have written it since.
  const legacy = tryRead(storage, PLAN_STORAGE_KEY);
  if (legacy !== null) {
    const id = newId();
    if (!tryWrite(() => storage.setItem(planKey(id), legacy))) return fail(`My plans could not be set up: ${FULL}`);
    const envelope = readEnvelope(storage, PLAN_STORAGE_KEY);
    plans.push(entryOf(id, { plan: envelope?.plan, savedAt: typeof envelope?.savedAt === 'string' ? envelope.savedAt : stamp }));
    currentId = id;
  }
  if (!plans.some((p) => p.id === currentId)) currentId = plans[0]?.id ?? null;
  if (currentId === null) {
    currentId = newId();
    plans.push({ id: currentId, ...summarize(initial), modifiedAt: stamp });
  }
  const index: LibraryIndex = { version: 1, currentId, plans };
  const unchanged = existing !== null && legacy === null && currentId === existing.currentId;
  if (!unchanged && !writeIndex(storage, index)) return fail(`My plans could not be set up: ${FULL}`);
  if (legacy !== null) tryWrite(() => storage.removeItem(PLAN_STORAGE_KEY)); // copied above
  return { ok: true, value: index };
}

/** Change the index with `change` (read fresh: another tab may have changed it). */
function updateIndex(storage: LibraryStorage, change: (index: LibraryIndex) => LibraryIndex): boolean {
  const index = readIndex(storage);
  return index !== null && writeIndex(storage, change(index));
}

/** After a save of plan `id`: its name, VM count and time in the index (re-added if another tab deleted it). */
export function recordSave(storage: LibraryStorage, id: string, envelope: SavedPlanEnvelope): boolean {
  const entry = entryOf(id, envelope);
  return updateIndex(storage, (index) => ({
    ...index,
    plans: index.plans.some((p) => p.id === id) ? index.plans.map((p) => (p.id === id ? entry : p)) : [...index.plans, entry],
  }));
}

/** Remember which plan is open, for the next visit. */
export const setCurrentPlan = (storage: LibraryStorage, id: string): boolean => updateIndex(storage, (index) => ({ ...index, currentId: id }));

/** Store `plan` as a new entry, inserted after `afterId` (or last). */
export function addPlan(storage: LibraryStorage, plan: unknown, options: LibraryOptions & { afterId?: string }): LibraryResult<LibraryEntry> {
  const id = options.newId();
  const envelope = makeEnvelope(plan, plan as Plan, true, options.now);
  if (!tryWrite(() => storage.setItem(planKey(id), JSON.stringify(envelope)))) return fail(`The plan could not be saved: ${FULL}.`);
  const entry = entryOf(id, envelope);
  const added = updateIndex(storage, (index) => {
    const at = index.plans.findIndex((p) => p.id === options.afterId);
    const plans = [...index.plans];
    plans.splice(at < 0 ? plans.length : at + 1, 0, entry);
    return { ...index, plans };
  });
  if (added) return { ok: true, value: entry };
  tryWrite(() => storage.removeItem(planKey(id)));
  return fail(`The plan could not be saved: ${FULL}.`);
}

/** Rewrite the stored plan `id`'s name (and its last valid version's). */
function withName(envelope: Partial<SavedPlanEnvelope>, name: string): Partial<SavedPlanEnvelope> {
  const rename = (plan: unknown) => (typeof plan === 'object' && plan !== null ? { ...plan, name } : plan);
  const next = { ...envelope, plan: rename(envelope.plan) };
  if (envelope.lastValidPlan !== undefined) next.lastValidPlan = rename(envelope.lastValidPlan) as Plan;
  return next;
}

/** Rename a plan that is not open (the open one is renamed through the store). */
export function renameStoredPlan(storage: LibraryStorage, id: string, name: string): LibraryResult<LibraryEntry> {
  const envelope = readEnvelope(storage, planKey(id));
  if (!envelope) return fail('This plan could not be read, so it was not renamed.');
  const next = withName(envelope, name.slice(0, LIMITS.nameChars));
  if (!tryWrite(() => storage.setItem(planKey(id), JSON.stringify(next)))) return fail(`The plan could not be renamed: ${FULL}.`);
  const entry = entryOf(id, { plan: next.plan, savedAt: next.savedAt ?? '' });
  updateIndex(storage, (index) => ({ ...index, plans: index.plans.map((p) => (p.id === id ? entry : p)) }));
  return { ok: true, value: entry };
}

/** A copy of stored plan `id` named "… (copy)", listed right after it. */
export function duplicateStoredPlan(storage: LibraryStorage, id: string, options: LibraryOptions): LibraryResult<LibraryEntry> {
  const envelope = readEnvelope(storage, planKey(id));
  if (!envelope) return fail('This plan could not be read, so it was not duplicated.');
  const name = `${summarize(envelope.plan).name} (copy)`.slice(0, LIMITS.nameChars);
  const copy = withName(envelope, name);
  const newId = options.newId();
  const stamped = { ...copy, savedAt: new Date(options.now()).toISOString() };
  if (!tryWrite(() => storage.setItem(planKey(newId), JSON.stringify(stamped)))) return fail(`The copy could not be saved: ${FULL}.`);
  const entry = entryOf(newId, { plan: stamped.plan, savedAt: stamped.savedAt });
  const added = updateIndex(storage, (index) => {
    const plans = [...index.plans];
    const at = plans.findIndex((p) => p.id === id);
    plans.splice(at < 0 ? plans.length : at + 1, 0, entry);
    return { ...index, plans };
  });
  if (added) return { ok: true, value: entry };
  tryWrite(() => storage.removeItem(planKey(newId)));
  return fail(`The copy could not be saved: ${FULL}.`);
}

/** Remove plan `id` from the list, then its data. */
export function deleteStoredPlan(storage: LibraryStorage, id: string): LibraryResult<null> {
  if (!updateIndex(storage, (index) => ({ ...index, plans: index.plans.filter((p) => p.id !== id) }))) return fail(`The plan could not be deleted: ${FULL}.`);
  tryWrite(() => storage.removeItem(planKey(id)));
  return { ok: true, value: null };
}

/** Whether the single plan of an earlier release is waiting to be moved into the library. */
export const hasLegacyPlan = (storage: LibraryStorage): boolean => tryRead(storage, PLAN_STORAGE_KEY) !== null;

/** Whether plan `id` has anything saved (the untouched first plan has not). */
export const hasSavedData = (storage: LibraryStorage, id: string): boolean => tryRead(storage, planKey(id)) !== null;

/**
 * The id of a stored plan equal to `plan` (its draft or, for a draft with errors, its last valid
 * version), so reopening a link already in My plans opens that entry instead of adding a copy.
 * Only entries with the same name are parsed.
 */
export function findStoredPlan(storage: LibraryStorage, plan: Plan): string | null {
  for (const entry of readIndex(storage)?.plans ?? []) {
    if (entry.name !== plan.name) continue;
    const envelope = readEnvelope(storage, planKey(entry.id));
    if (!envelope) continue;
    for (const candidate of [envelope.plan, envelope.lastValidPlan]) {
      const parsed = candidate === undefined ? null : parsePlan(candidate);
      if (parsed?.ok && deepEqual(parsed.plan, plan)) return entry.id;
    }
  }
  return null;
}
