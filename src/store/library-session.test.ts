import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '@/plan';
import { createLibraryPlanStore } from './library-session';
import { makeEnvelope } from './persistence';
import { planKey, readIndex } from './plan-library';
import { PLAN_STORAGE_KEY } from './storage-keys';
import { branchOffice } from './testing/example-plan';
import { memoryStorage } from './testing/memory-storage';

let clock = Date.UTC(2025, 0, 1);
const handles: { stop: () => void }[] = [];
function start(env = memoryStorage()) {
  let n = 0;
  const started = createLibraryPlanStore({
    example: branchOffice(),
    storage: env.storage,
    now: () => clock,
    newId: () => `p${++n}-${handles.length}`,
    debounceMs: 500,
    flushOn: null,
  });
  handles.push(started.persistence);
  const names = () => started.session.list().map((p) => p.name);
  return { ...started, ...env, env, s: () => started.store.getState(), names };
}
const named = (name: string): Plan => ({ ...branchOffice(), name });
const stored = (env: ReturnType<typeof memoryStorage>, id: string) => JSON.parse(env.data.get(planKey(id))!);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  handles.splice(0).forEach((h) => h.stop());
  vi.useRealTimers();
});

describe('the open plan is a library entry', () => {
  it('edits are saved to its own key and its entry follows (name, VM count, time)', () => {
    const { s, session, env } = start();
    s().setField(['name'], 'Contoso');
    s().addVm();
    clock += 60_000;
    vi.advanceTimersByTime(500);
    const id = session.currentId();
    expect(stored(env, id).plan.name).toBe('Contoso');
    expect(readIndex(env.storage)?.plans).toEqual([{ id, name: 'Contoso', vmCount: 5, modifiedAt: new Date(clock).toISOString() }]);
  });

  it('the single saved plan of an earlier release opens as the first entry', () => {
    const env = memoryStorage({ [PLAN_STORAGE_KEY]: JSON.stringify(makeEnvelope(named('Old release'), named('Old release'), true)) });
    const { s, names } = start(env);
    expect(s().draft.name).toBe('Old release');
    expect(s().notice).toBeNull();
    expect(names()).toEqual(['Old release']);
  });

  it('a reload opens the plan that was open', () => {
    const first = start();
    first.s().setField(['name'], 'A');
    first.session.create();
    first.s().setField(['name'], 'B');
    first.persistence.stop();
    const second = start(first.env);
    expect(second.s().draft.name).toBe('B');
    expect(second.names()).toEqual(['A', 'B']);
  });
});

describe('which plan opens', () => {
  it('the plan this tab had open (openId), even if another tab opened another since', () => {
    const env = memoryStorage();
    const first = start(env);
    first.s().setField(['name'], 'A');
    const a = first.session.currentId();
    first.session.create();
    first.persistence.stop();
    let n = 0;
    const again = createLibraryPlanStore({ example: branchOffice(), storage: env.storage, openId: a, newId: () => `q${++n}`, flushOn: null });
    handles.push(again.persistence);
    expect(again.store.getState().draft.name).toBe('A');
  });

  it('a plan an earlier release wrote meanwhile wins over openId', () => {
    const env = memoryStorage();
    const first = start(env);
    first.s().setField(['name'], 'A');
    first.persistence.stop();
    env.data.set(PLAN_STORAGE_KEY, JSON.stringify(makeEnvelope(named('Old tab'), named('Old tab'), true)));
    const again = createLibraryPlanStore({ example: branchOffice(), storage: env.storage, openId: first.session.currentId(), flushOn: null });
    handles.push(again.persistence);
    expect(again.store.getState().draft.name).toBe('Old tab');
  });
});

describe('switching plans', () => {
  it('New plan keeps the old one with its unsaved edit; Open brings it back with a fresh undo history', () => {
    const { s, session, names } = start();
    s().setField(['link', 'uplinkMbps'], 3); // not yet saved (debounce)
    const first = session.currentId();
    const created = session.create();
    expect(created.ok).toBe(true);
    expect(s().draft.vms).toHaveLength(1);
    expect(s().canUndo).toBe(false); // undo must not pull the other plan's content into this one
    expect(names()).toEqual([branchOffice().name, 'Untitled plan']);

    const opened = session.open(first);
    expect(opened).toMatchObject({ ok: true, value: { name: branchOffice().name, notice: null } });
    expect(s().draft.link.uplinkMbps).toBe(3);
    expect(s().lastValidPlan.link.uplinkMbps).toBe(3);
    expect(s().canUndo).toBe(false);
  });

  it('opening a plan does not count as changing it', () => {
    const { s, session, env } = start();
    s().setField(['name'], 'A');
    session.create();
    const second = session.currentId();
    const savedAt = stored(env, second).savedAt;
    clock += 3_600_000;
    session.open(readIndex(env.storage)!.plans[0]!.id);
    session.open(second);
    vi.advanceTimersByTime(1000);
    expect(stored(env, second).savedAt).toBe(savedAt);
  });

  it('a plan whose data is damaged is not opened; the open plan stays', () => {
    const { s, session, env } = start();
    s().setField(['name'], 'Mine');
    session.create();
    const broken = session.currentId();
    session.open(readIndex(env.storage)!.plans[0]!.id);
    env.data.set(planKey(broken), '{"plan":');
    const result = session.open(broken);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/could not be opened \(it is not readable JSON\)/) });
    expect(s().draft.name).toBe('Mine');
  });

  it('rename, duplicate and delete; the open plan cannot be deleted', () => {
    const { s, session, names } = start();
    s().setField(['name'], 'A');
    const a = session.currentId();
    session.create();
    expect(session.rename(a, 'A renamed').ok).toBe(true);
    expect(session.rename(session.currentId(), 'B').ok).toBe(true);
    expect(s().draft.name).toBe('B'); // the open plan is renamed like any edit (undoable)
    const copy = session.duplicate(session.currentId());
    expect(copy).toMatchObject({ ok: true, value: { name: 'B (copy)' } });
    expect(names()).toEqual(['A renamed', 'B', 'B (copy)']);
    expect(session.remove(session.currentId())).toMatchObject({ ok: false, message: expect.stringMatching(/open another plan first/) });
    expect(session.remove(a).ok).toBe(true);
    expect(names()).toEqual(['B', 'B (copy)']);
  });

  it('storage full: New plan refuses and changes nothing', () => {
    const { s, session, control, names } = start();
    s().setField(['name'], 'A');
    control.failWrites = true;
    expect(session.create()).toMatchObject({ ok: false });
    expect(s().draft.name).toBe('A');
    expect(names()).toEqual(['A']);
  });
});

describe('opening a shared plan', () => {
  it('the open plan is kept in My plans and named', () => {
    const { s, session, names } = start();
    s().setField(['name'], 'Mine');
    const outcome = session.openShared(named('Shared'));
    expect(outcome).toEqual({ kind: 'opened', keptName: 'Mine', saved: true });
    expect(s().draft).toEqual(named('Shared'));
    expect(names()).toEqual(['Mine', 'Shared']);
  });

  it('in a fresh browser the untouched example is not kept', () => {
    const { session, names, s } = start();
    expect(session.openShared(named('Shared'))).toEqual({ kind: 'opened', keptName: null, saved: true });
    expect(names()).toEqual(['Shared']);
    expect(s().draft.name).toBe('Shared');
  });

  it('the plan already open (a reload) changes nothing', () => {
    const { s, session, names } = start();
    s().setField(['name'], 'Mine');
    expect(session.openShared(s().lastValidPlan)).toEqual({ kind: 'already-open' });
    expect(names()).toEqual(['Mine']);
  });

  it('a plan already in My plans opens that entry instead of adding a copy', () => {
    const { s, session, names } = start();
    s().setField(['name'], 'Mine');
    session.openShared(named('Shared'));
    session.open(session.list()[0]!.id);
    expect(s().draft.name).toBe('Mine');
    expect(session.openShared(named('Shared'))).toEqual({ kind: 'opened-existing', name: 'Shared' });
    expect(names()).toEqual(['Mine', 'Shared']);
    expect(s().draft.name).toBe('Shared');
  });

  it('storage full: shown but not saved, the stored plan untouched, Undo brings it back', () => {
    const { s, session, control, env } = start();
    s().setField(['name'], 'Mine');
    vi.advanceTimersByTime(500);
    const id = session.currentId();
    const before = env.data.get(planKey(id));
    control.failWrites = true;
    expect(session.openShared(named('Shared'))).toEqual({ kind: 'opened', keptName: 'Mine', saved: false });
    control.failWrites = false;
    s().setField(['link', 'uplinkMbps'], 9);
    vi.advanceTimersByTime(1000);
    expect(env.data.get(planKey(id))).toBe(before);
    s().undo();
    s().undo();
    expect(s().draft.name).toBe('Mine');
  });
});

describe('without storage', () => {
  it('one unsaved plan, a notice, My plans explains; a link still opens (undoable)', () => {
    let n = 0;
    const { store, session } = createLibraryPlanStore({ example: branchOffice(), storage: null, newId: () => `x${++n}`, flushOn: null });
    expect(store.getState().notice?.kind).toBe('storage-unavailable');
    expect(session.unavailableReason).toMatch(/local storage/);
    expect(session.create()).toMatchObject({ ok: false });
    expect(session.list()).toHaveLength(1);
    expect(session.openShared(named('Shared'))).toEqual({ kind: 'opened', keptName: null, saved: false });
    store.getState().undo();
    expect(store.getState().draft.name).toBe(branchOffice().name);
  });
});
