import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '@/plan';
import { makeEnvelope } from './persistence';
import {
  addPlan,
  deleteStoredPlan,
  duplicateStoredPlan,
  findStoredPlan,
  openLibrary,
  planKey,
  readIndex,
  recordSave,
  renameStoredPlan,
  summarize,
} from './plan-library';
import { LIBRARY_INDEX_KEY, PLAN_STORAGE_KEY } from './storage-keys';
import { memoryStorage } from './testing/memory-storage';
import { branchOffice } from './testing/example-plan';

const NOW = Date.UTC(2025, 4, 6, 7, 8, 9);
const ISO = new Date(NOW).toISOString();
function options() {
  let n = 0;
  return { now: () => NOW, newId: () => `id${++n}` };
}
const named = (name: string): Plan => ({ ...branchOffice(), name });
const envelopeJson = (plan: unknown) => JSON.stringify(makeEnvelope(plan, plan as Plan, true, () => NOW));

describe('openLibrary', () => {
  it('first visit: one placeholder entry for the starting plan, nothing written for it yet', () => {
    const { storage, data } = memoryStorage();
    const opened = openLibrary(storage, branchOffice(), options());
    expect(opened).toEqual({
      ok: true,
      value: { version: 1, currentId: 'id1', plans: [{ id: 'id1', name: branchOffice().name, vmCount: 4, modifiedAt: ISO }] },
    });
    expect(data.has(planKey('id1'))).toBe(false);
    expect(readIndex(storage)).toEqual(opened.ok && opened.value);
  });

  it('moves the single plan of earlier releases into the library, byte for byte', () => {
    const legacy = JSON.stringify({ schemaVersion: 1, savedAt: '2024-12-01T00:00:00.000Z', plan: named('Fabrikam') });
    const { storage, data } = memoryStorage({ [PLAN_STORAGE_KEY]: legacy });
    const opened = openLibrary(storage, branchOffice(), options());
    expect(opened.ok && opened.value).toEqual({
      version: 1,
      currentId: 'id1',
      plans: [{ id: 'id1', name: 'Fabrikam', vmCount: 4, modifiedAt: '2024-12-01T00:00:00.000Z' }],
    });
    expect(data.get(planKey('id1'))).toBe(legacy);
    expect(data.has(PLAN_STORAGE_KEY)).toBe(false);
  });

  it('an invalid legacy plan moves too (its loader sets it aside with a notice later)', () => {
    const { storage, data } = memoryStorage({ [PLAN_STORAGE_KEY]: 'not json' });
    expect(openLibrary(storage, branchOffice(), options()).ok).toBe(true);
    expect(data.get(planKey('id1'))).toBe('not json');
    expect(readIndex(storage)?.plans[0]).toMatchObject({ id: 'id1', name: '', vmCount: 0 });
  });

  it('a legacy plan written after the library exists (an old tab) is added, not lost', () => {
    const { storage } = memoryStorage();
    openLibrary(storage, branchOffice(), options());
    storage.setItem(PLAN_STORAGE_KEY, envelopeJson(named('From an old tab')));
    const again = openLibrary(storage, branchOffice(), { now: () => NOW, newId: () => 'id9' });
    expect(again.ok && again.value.plans.map((p) => p.name)).toEqual([branchOffice().name, 'From an old tab']);
    expect(again.ok && again.value.currentId).toBe('id9');
  });

  it('a damaged index is rebuilt from the plan keys: no plan is lost with it', () => {
    const { storage } = memoryStorage({
      [LIBRARY_INDEX_KEY]: '{"version":1,"plans":[',
      [planKey('a')]: JSON.stringify({ ...makeEnvelope(named('A'), named('A'), true), savedAt: '2025-01-01T00:00:00.000Z' }),
      [planKey('b')]: JSON.stringify({ ...makeEnvelope(named('B'), named('B'), true), savedAt: '2025-02-01T00:00:00.000Z' }),
    });
    const opened = openLibrary(storage, branchOffice(), options());
    expect(opened.ok && opened.value.plans.map((p) => p.name)).toEqual(['A', 'B']);
    expect(opened.ok && opened.value.currentId).toBe('b'); // the most recently saved
  });

  it('an index pointing at a missing plan opens the first one', () => {
    const { storage } = memoryStorage({
      [LIBRARY_INDEX_KEY]: JSON.stringify({ version: 1, currentId: 'gone', plans: [{ id: 'a', name: 'A', vmCount: 1, modifiedAt: ISO }] }),
    });
    expect(openLibrary(storage, branchOffice(), options())).toMatchObject({ ok: true, value: { currentId: 'a' } });
  });

  it('storage full during the move: an error, and the old plan is left where it was', () => {
    const legacy = envelopeJson(named('Keep me'));
    const { storage, data, control } = memoryStorage({ [PLAN_STORAGE_KEY]: legacy });
    control.failWrites = true;
    const opened = openLibrary(storage, branchOffice(), options());
    expect(opened).toMatchObject({ ok: false, message: expect.stringMatching(/full or disabled/) });
    expect(data.get(PLAN_STORAGE_KEY)).toBe(legacy);
  });
});

describe('operations on stored plans', () => {
  function library() {
    const env = memoryStorage();
    const opts = options();
    openLibrary(env.storage, named('First'), opts);
    return { ...env, opts };
  }

  it('addPlan stores the plan and lists it after the given entry', () => {
    const { storage, opts } = library();
    const b = addPlan(storage, named('B'), opts);
    const c = addPlan(storage, named('C'), { ...opts, afterId: 'id1' });
    expect(readIndex(storage)?.plans.map((p) => p.name)).toEqual(['First', 'C', 'B']);
    expect(b.ok && JSON.parse(storage.getItem(planKey(b.value.id))!).plan.name).toBe('B');
    expect(c).toMatchObject({ ok: true, value: { name: 'C', vmCount: 4, modifiedAt: ISO } });
  });

  it('addPlan with storage full stores nothing and says so', () => {
    const { storage, control, data } = library();
    const before = new Map(data);
    control.failWrites = true;
    expect(addPlan(storage, named('B'), options())).toMatchObject({ ok: false });
    expect(data).toEqual(before);
  });

  it('rename changes the stored draft, its last valid version and the index', () => {
    const { storage, opts } = library();
    const added = addPlan(storage, named('Old'), opts);
    const id = added.ok ? added.value.id : '';
    storage.setItem(planKey(id), JSON.stringify({ ...JSON.parse(storage.getItem(planKey(id))!), lastValidPlan: named('Old') }));
    expect(renameStoredPlan(storage, id, 'New')).toMatchObject({ ok: true, value: { name: 'New' } });
    const stored = JSON.parse(storage.getItem(planKey(id))!);
    expect([stored.plan.name, stored.lastValidPlan.name]).toEqual(['New', 'New']);
    expect(readIndex(storage)?.plans.find((p) => p.id === id)?.name).toBe('New');
    expect(parsePlan(stored.plan).ok).toBe(true);
  });

  it('duplicate copies the plan as "… (copy)" right after it; the name stays within the limit', () => {
    const { storage, opts } = library();
    const a = addPlan(storage, named('A'), opts);
    const long = addPlan(storage, named('x'.repeat(200)), opts);
    const copy = duplicateStoredPlan(storage, a.ok ? a.value.id : '', opts);
    expect(copy).toMatchObject({ ok: true, value: { name: 'A (copy)' } });
    expect(readIndex(storage)?.plans.map((p) => p.name.slice(0, 8))).toEqual(['First', 'A', 'A (copy)', 'x'.repeat(8)]);
    expect(duplicateStoredPlan(storage, 'id1', opts)).toMatchObject({ ok: false }); // the placeholder has no data yet
    const longCopy = duplicateStoredPlan(storage, long.ok ? long.value.id : '', opts);
    expect(longCopy.ok && longCopy.value.name.length).toBe(200);
  });

  it('delete removes the entry and the data', () => {
    const { storage, data, opts } = library();
    const added = addPlan(storage, named('B'), opts);
    const id = added.ok ? added.value.id : '';
    expect(deleteStoredPlan(storage, id).ok).toBe(true);
    expect(data.has(planKey(id))).toBe(false);
    expect(readIndex(storage)?.plans.map((p) => p.name)).toEqual(['First']);
  });

  it('recordSave updates the entry, or adds it back if another tab deleted it', () => {
    const { storage } = library();
    recordSave(storage, 'id1', makeEnvelope(named('Renamed'), named('Renamed'), true, () => NOW + 1000));
    expect(readIndex(storage)?.plans).toEqual([{ id: 'id1', name: 'Renamed', vmCount: 4, modifiedAt: new Date(NOW + 1000).toISOString() }]);
    deleteStoredPlan(storage, 'id1');
    recordSave(storage, 'id1', makeEnvelope(named('Back'), named('Back'), true, () => NOW));
    expect(readIndex(storage)?.plans.map((p) => p.name)).toEqual(['Back']);
  });

  it('findStoredPlan matches equal plans (draft or last valid version) only', () => {
    const { storage, opts } = library();
    const plan = named('Shared');
    const added = addPlan(storage, plan, opts);
    expect(findStoredPlan(storage, named('Shared'))).toBe(added.ok && added.value.id);
    expect(findStoredPlan(storage, { ...plan, link: { ...plan.link, uplinkMbps: 99 } })).toBeNull();
    // Stored draft with an error, its last valid version equal to the plan.
    const invalid = { ...plan, vms: [] };
    storage.setItem(planKey('inv'), JSON.stringify(makeEnvelope(invalid, named('Other'), false)));
    recordSave(storage, 'inv', makeEnvelope(invalid, named('Other'), false));
    expect(findStoredPlan(storage, named('Other'))).toBeNull(); // the draft's name differs: not examined
    storage.setItem(planKey('inv'), JSON.stringify(makeEnvelope({ ...invalid, name: 'Other' }, named('Other'), false)));
    recordSave(storage, 'inv', makeEnvelope({ ...invalid, name: 'Other' }, named('Other'), false));
    expect(findStoredPlan(storage, named('Other'))).toBe('inv');
  });
});

describe('summarize', () => {
  it('counts VM groups by their count and survives any shape', () => {
    const plan = branchOffice();
    expect(summarize({ ...plan, vms: [{ ...plan.vms[0]!, count: 12 }, plan.vms[1]] })).toEqual({ name: plan.name, vmCount: 13 });
    expect(summarize(null)).toEqual({ name: '', vmCount: 0 });
    expect(summarize({ name: 3, vms: [null, { count: -1 }, { count: 'x' }] })).toEqual({ name: '', vmCount: 3 });
  });
});
