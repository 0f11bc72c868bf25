import { afterEach, describe, expect, it } from 'vitest';
import { examplePlan } from '@/app/examples';
import { createLibraryPlanStore } from '@/store';
import { memoryStorage } from '@/store/testing/memory-storage';
import { watchOtherTabs } from './other-tabs';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** One browser tab: its own store and session over the shared storage, its own event target. */
function tab(env: ReturnType<typeof memoryStorage>) {
  const started = createLibraryPlanStore({ example: examplePlan('branch-office'), storage: env.storage, flushOn: null });
  const target = new EventTarget();
  stops.push(() => started.persistence.stop(), watchOtherTabs({ store: started.store, session: started.session, target }));
  return { ...started, target, s: () => started.store.getState() };
}

/** What the browser does in every other tab after one writes local storage. */
function storageEvent(key: string, newValue: string | null): Event {
  return Object.assign(new Event('storage'), { key, newValue });
}

/** Tab `from` saves its edit; the other tab hears of it. */
function saveAndTell(from: ReturnType<typeof tab>, to: ReturnType<typeof tab>, env: ReturnType<typeof memoryStorage>) {
  from.persistence.flush();
  const key = from.session.currentKey()!;
  to.target.dispatchEvent(storageEvent(key, env.data.get(key)!));
}

describe('watchOtherTabs', () => {
  it('says when another tab saved the open plan, and loads that version on request', () => {
    const env = memoryStorage();
    const a = tab(env);
    a.s().setField(['name'], 'Contoso');
    a.persistence.flush();
    const b = tab(env); // opens the same plan, as a second tab does
    expect(b.session.currentKey()).toBe(a.session.currentKey());

    a.s().setField(['link', 'uplinkMbps'], 12);
    saveAndTell(a, b, env);
    const notice = b.s().notice!;
    expect(notice.kind).toBe('changed-in-another-tab');
    expect(notice.message).toBe('“Contoso” was just changed in another tab. Load that version, or keep editing here: your next change replaces it.');
    expect(b.s().draft.link.uplinkMbps).toBe(0.3); // nothing changes until asked

    notice.action!.run();
    expect(b.s().draft.link.uplinkMbps).toBe(12);
    expect(b.s().notice).toBeNull();
    expect(b.s().canUndo).toBe(false); // another version of the document, as when opening a plan
  });

  it('stays quiet for the same plan, other keys, deletions and unreadable values', () => {
    const env = memoryStorage();
    const a = tab(env);
    a.s().setField(['name'], 'Same');
    a.persistence.flush();
    const b = tab(env);
    const key = a.session.currentKey()!;
    b.target.dispatchEvent(storageEvent(key, env.data.get(key)!)); // identical to what b shows
    b.target.dispatchEvent(storageEvent('replica-planner:library', '{}'));
    b.target.dispatchEvent(storageEvent(key, null));
    expect(b.s().notice).toBeNull();
    b.target.dispatchEvent(storageEvent(key, 'not json'));
    expect(b.s().notice?.kind).toBe('changed-in-another-tab'); // changed, though unreadable: still worth saying
  });

  it('keeps this tab’s version when the other one cannot be read', () => {
    const env = memoryStorage();
    const a = tab(env);
    a.persistence.flush();
    a.s().setField(['name'], 'Mine');
    a.persistence.flush();
    const b = tab(env);
    const key = a.session.currentKey()!;
    env.data.set(key, 'not json');
    b.target.dispatchEvent(storageEvent(key, 'not json'));
    b.s().notice!.action!.run();
    expect(b.s().draft.name).toBe('Mine');
    expect(b.s().notice?.message).toBe('The other tab’s version could not be read; yours is kept.');
  });
});
