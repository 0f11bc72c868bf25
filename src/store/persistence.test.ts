// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '@/plan';
import { CORRUPT_KEY_PREFIX, PLAN_STORAGE_KEY, createPersistentPlanStore, getBrowserStorage, loadSavedPlan, type PlanStorage } from './persistence';
import { branchOffice } from './testing/example-plan';

const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);
const now = () => NOW;
const BACKUP_KEY = `${CORRUPT_KEY_PREFIX}2025-01-02T03:04:05.000Z`;

/** Keys in localStorage other than the main one. */
const backupKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(CORRUPT_KEY_PREFIX));
const handles: { stop: () => void }[] = [];
function start(storage: PlanStorage | null = localStorage) {
  const started = createPersistentPlanStore({ example: branchOffice(), storage, now, debounceMs: 500, flushOn: window });
  handles.push(started.persistence);
  return started;
}

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.restoreAllMocks();
  handles.splice(0).forEach((h) => h.stop()); // no listener leaks into the next test
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('saving', () => {
  it('round trip: edits are saved after the debounce and a new session opens them', () => {
    const { store } = start();
    store.getState().setField(['link', 'uplinkMbps'], 2);
    store.getState().addVm();
    expect(localStorage.getItem(PLAN_STORAGE_KEY)).toBeNull(); // debounced
    vi.advanceTimersByTime(500);
    const envelope = JSON.parse(localStorage.getItem(PLAN_STORAGE_KEY)!);
    expect(envelope).toMatchObject({ schemaVersion: SCHEMA_VERSION, savedAt: '2025-01-02T03:04:05.000Z' });
    expect(envelope.lastValidPlan).toBeUndefined();

    const next = start().store.getState();
    expect(next.draft).toEqual(store.getState().draft);
    expect(next.draft.link.uplinkMbps).toBe(2);
    expect(next.notice).toBeNull();
  });

  it('writes once per burst of edits', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const { store } = start();
    for (let k = 1; k <= 5; k++) {
      store.getState().setField(['replication', 'growthPercent'], k);
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(500);
    expect(setItem).toHaveBeenCalledTimes(1);
  });

  it('flushes a pending save when the page is hidden', () => {
    const { store } = start();
    store.getState().setField(['name'], 'Closing soon');
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem(PLAN_STORAGE_KEY)!).plan.name).toBe('Closing soon');
  });

  it('starts from the example when nothing is saved', () => {
    const { store } = start();
    expect(store.getState().draft).toEqual(branchOffice());
    expect(store.getState().notice).toBeNull();
  });
});

describe('a saved plan that cannot be opened is set aside, never lost', () => {
  it('corrupt JSON: raw text kept under a backup key, example loaded, notice names the key', () => {
    localStorage.setItem(PLAN_STORAGE_KEY, '{"schemaVersion":1,"plan":{"vms"');
    const { store } = start();
    expect(localStorage.getItem(BACKUP_KEY)).toBe('{"schemaVersion":1,"plan":{"vms"');
    expect(store.getState().draft).toEqual(branchOffice());
    expect(store.getState().notice?.kind).toBe('corrupt-saved-plan');
    expect(store.getState().notice?.message).toContain(BACKUP_KEY);
  });

  it('a plan that fails parsePlan (here: from a newer version) is set aside with the reason', () => {
    const raw = JSON.stringify({ schemaVersion: 99, savedAt: 'x', plan: { ...branchOffice(), schemaVersion: 99 } });
    localStorage.setItem(PLAN_STORAGE_KEY, raw);
    const { store } = start();
    expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
    expect(store.getState().notice?.kind).toBe('corrupt-saved-plan');
    expect(store.getState().notice?.message).toMatch(/Schema version: this plan uses schema version 99/);
  });

  it('a draft saved while invalid reopens as its last valid version, the draft kept aside', () => {
    const { store } = start();
    store.getState().setField(['link', 'uplinkMbps'], 4);
    store.getState().setField(['vms', 0, 'disks', 0, 'usedGB'], 500); // > 60 GB size: invalid
    vi.advanceTimersByTime(500);

    const reopened = start().store.getState();
    expect(reopened.draft.link.uplinkMbps).toBe(4);
    expect(reopened.draft.vms[0]!.disks[0]!.usedGB).toBe(24);
    expect(reopened.notice?.kind).toBe('restored-from-backup');
    expect(reopened.notice?.message).toContain('DC01, disk OS: Used (GiB)');
    expect(JSON.parse(localStorage.getItem(BACKUP_KEY)!).plan.vms[0].disks[0].usedGB).toBe(500);
  });

  it('if the backup cannot be written, the saved plan is left untouched and nothing overwrites it', () => {
    localStorage.setItem(PLAN_STORAGE_KEY, 'not json');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { store } = start();
    expect(store.getState().notice?.message).toMatch(/could not be copied aside/);
    vi.restoreAllMocks();
    store.getState().setField(['name'], 'New');
    vi.advanceTimersByTime(1000);
    expect(localStorage.getItem(PLAN_STORAGE_KEY)).toBe('not json');
    expect(backupKeys()).toEqual([]);
  });
});

describe('storage that fails', () => {
  it('setItem throwing (quota full): the app keeps running and says so once', () => {
    const { store } = start();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.getState().setField(['name'], 'A');
    vi.advanceTimersByTime(500);
    expect(store.getState().notice?.kind).toBe('storage-unavailable');
    expect(store.getState().draft.name).toBe('A');
    store.getState().dismissNotice();
    store.getState().setField(['name'], 'AB');
    vi.advanceTimersByTime(500);
    expect(store.getState().notice).toBeNull(); // once per session, not on every save
  });

  it('storage nearly full: the notice says how much is in use (sizes measured from the storage)', () => {
    const { store } = start();
    localStorage.setItem('other-data', 'x'.repeat(4_000_000)); // 4 M of about 5.2 M used
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.getState().setField(['name'], 'A');
    vi.advanceTimersByTime(500);
    const notice = store.getState().notice;
    expect(notice?.kind).toBe('storage-unavailable');
    expect(notice?.message).toMatch(/in use\)/);
    expect(notice?.message).toContain('4.0 million characters');
    localStorage.removeItem('other-data');
  });

  it('getItem throwing (storage disabled): example loaded with a notice', () => {
    const throwing: PlanStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const { store } = start(throwing);
    expect(store.getState().draft).toEqual(branchOffice());
    expect(store.getState().notice?.kind).toBe('storage-unavailable');
    store.getState().addVm();
    vi.advanceTimersByTime(500); // no throw escapes
  });

  it('no storage at all: notice, nothing saved', () => {
    expect(loadSavedPlan(null, branchOffice(), now)).toMatchObject({ notice: { kind: 'storage-unavailable' }, canSave: false });
  });

  it('getBrowserStorage returns null when reading localStorage throws', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(getBrowserStorage()).toBeNull();
  });
});
