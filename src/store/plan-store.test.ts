import { describe, expect, it } from 'vitest';
import { parsePlan } from '@/plan';
import { createPlanStore, type PlanStoreOptions } from './plan-store';
import { branchOffice } from './testing/example-plan';

/** A store on the branch-office plan with a hand-driven clock (ms). */
function setup(options: Partial<PlanStoreOptions> = {}) {
  const clock = { ms: 0 };
  const store = createPlanStore({ initialPlan: branchOffice(), now: () => clock.ms, ...options });
  const tick = (ms = 5000) => (clock.ms += ms);
  return { store, s: () => store.getState(), tick, clock };
}
const ids = (plan: { vms: { id: string }[] }) => plan.vms.map((vm) => vm.id);

describe('actions', () => {
  it('setField writes by path and leaves the rest of the plan shared', () => {
    const { s } = setup();
    const before = s().draft;
    s().setField(['link', 'uplinkMbps'], 2);
    expect(s().draft.link.uplinkMbps).toBe(2);
    expect(s().draft.vms).toBe(before.vms);
    expect(s().canUndo).toBe(true);
  });

  it('addVm appends a valid VM with a fresh id', () => {
    const { s } = setup();
    s().addVm();
    expect(ids(s().draft)).toEqual(['dc01', 'fs01', 'app01', 'sql01', 'vm-5']);
    expect(parsePlan(s().draft).ok).toBe(true);
  });

  it('duplicateVm inserts a copy after the original; every id stays unique', () => {
    const { s } = setup();
    s().duplicateVm(1);
    s().duplicateVm(1);
    s().addVm();
    expect(ids(s().draft)).toEqual(['dc01', 'fs01', 'fs01-copy-2', 'fs01-copy', 'app01', 'sql01', 'vm-7']);
    expect(new Set(ids(s().draft)).size).toBe(7);
    expect(s().draft.vms[2]!.name).toBe('FS01 (copy)');
    expect(s().draft.vms[2]!.disks).toEqual(s().draft.vms[1]!.disks);
    expect(parsePlan(s().draft).ok).toBe(true);
  });

  it('deleteVm removes one VM but never the last', () => {
    const { s } = setup();
    s().deleteVm(0);
    expect(ids(s().draft)).toEqual(['fs01', 'app01', 'sql01']);
    s().deleteVm(0);
    s().deleteVm(0);
    s().deleteVm(0);
    expect(ids(s().draft)).toEqual(['sql01']);
    s().deleteVm(7);
    expect(ids(s().draft)).toEqual(['sql01']);
  });

  it('moveVm reorders both ways and ignores out-of-range indexes', () => {
    const { s } = setup();
    s().moveVm(0, 3);
    expect(ids(s().draft)).toEqual(['fs01', 'app01', 'sql01', 'dc01']);
    s().moveVm(2, 0);
    expect(ids(s().draft)).toEqual(['sql01', 'fs01', 'app01', 'dc01']);
    const before = s().draft;
    s().moveVm(0, 4);
    expect(s().draft).toBe(before);
  });

  it('addDisk appends a replicated disk with the workload preset churn; deleteDisk keeps the last one', () => {
    const { s } = setup();
    s().addDisk(3); // SQL preset: 10 %/day of 50 GB used = 5 GB/day
    const disks = s().draft.vms[3]!.disks;
    expect(disks).toHaveLength(3);
    expect(disks[2]).toEqual({ name: 'Disk 3', sizeGB: 100, usedGB: 50, churnGBPerDay: 5, replicated: true });
    s().deleteDisk(3, 0);
    expect(s().draft.vms[3]!.disks.map((d) => d.name)).toEqual(['Data', 'Disk 3']);
    s().deleteDisk(0, 0); // DC01 has one disk
    expect(s().draft.vms[0]!.disks).toHaveLength(1);
  });

  it('setDiskReplicated toggles one disk', () => {
    const { s } = setup();
    s().setDiskReplicated(1, 2, true);
    expect(s().draft.vms[1]!.disks[2]!.replicated).toBe(true);
    s().setDiskReplicated(1, 0, false);
    expect(s().draft.vms[1]!.disks.map((d) => d.replicated)).toEqual([false, true, true]);
  });

  it('setStorageUnits converts every GB figure and round-trips', () => {
    const { s } = setup();
    const original = s().draft;
    s().setStorageUnits('decimal');
    expect(s().draft.units.storage).toBe('decimal');
    expect(s().draft.vms[1]!.disks[1]!.sizeGB).toBeCloseTo((400 * 2 ** 30) / 1e9, 9);
    expect(s().draft.vms[1]!.disks[1]!.churnGBPerDay).toBeCloseTo((3 * 2 ** 30) / 1e9, 9);
    s().setStorageUnits('binary');
    const disk = s().draft.vms[1]!.disks[1]!;
    expect(Math.abs(disk.usedGB - 210)).toBeLessThanOrEqual(210e-9);
    expect(s().draft).not.toBe(original);
  });

  it('replacePlan, newPlan and resetToDefaults each replace the draft as one step', () => {
    const { s } = setup();
    const other = parsePlan({ name: 'Other', vms: [{ id: 'x', disks: [{ sizeGB: 10 }] }] });
    if (!other.ok) throw new Error('fixture');
    s().replacePlan(other.plan, 'file');
    expect(s().draft.name).toBe('Other');
    expect(s().lastReplaceReason).toBe('file');
    expect(s().lastValidPlan.name).toBe('Other');
    s().newPlan();
    expect(ids(s().draft)).toEqual(['vm-1']);
    s().setField(['link', 'uplinkMbps'], 3);
    s().resetToDefaults();
    expect(s().draft.link.uplinkMbps).toBe(20);
    expect(s().history.past).toHaveLength(4);
  });

  it('a no-op action adds no undo step', () => {
    const { s } = setup();
    s().setField(['link', 'uplinkMbps'], 0.3); // already 0.3
    s().deleteVm(99);
    s().setStorageUnits('binary');
    expect(s().canUndo).toBe(false);
  });

  it('setNotice and dismissNotice are not undo steps', () => {
    const { s } = setup();
    s().setNotice({ kind: 'storage-unavailable', message: 'm' });
    expect(s().notice?.kind).toBe('storage-unavailable');
    s().dismissNotice();
    expect(s().notice).toBeNull();
    expect(s().canUndo).toBe(false);
  });
});

describe('undo and redo', () => {
  it('walk back and forth across different actions', () => {
    const { s, tick } = setup();
    const drafts = [s().draft];
    const steps = [
      () => s().setField(['name'], 'Renamed'),
      () => s().addVm(),
      () => s().setStorageUnits('decimal'),
      () => s().moveVm(0, 2),
      () => s().deleteDisk(0, 2), // FS01 is first after the move
    ];
    for (const step of steps) {
      step();
      tick();
      expect(s().draft).not.toBe(drafts[drafts.length - 1]); // every step is a real change
      drafts.push(s().draft);
    }
    for (let k = drafts.length - 2; k >= 0; k--) {
      s().undo();
      expect(s().draft).toBe(drafts[k]);
    }
    expect(s().canUndo).toBe(false);
    expect(s().canRedo).toBe(true);
    s().undo(); // nothing left: no change
    expect(s().draft).toBe(drafts[0]);
    for (let k = 1; k < drafts.length; k++) {
      s().redo();
      expect(s().draft).toBe(drafts[k]);
    }
    expect(s().canRedo).toBe(false);
  });

  it('a new edit after undo clears the redo list', () => {
    const { s } = setup();
    s().addVm();
    s().undo();
    expect(s().canRedo).toBe(true);
    s().duplicateVm(0);
    expect(s().canRedo).toBe(false);
  });

  it('quick typing in one field is one step; a pause, another field or another action starts a new one', () => {
    const { s, tick } = setup();
    const path = ['link', 'uplinkMbps'] as const;
    for (const value of [1, 12, 120]) {
      s().setField(path, value);
      tick(300);
    }
    expect(s().history.past).toHaveLength(1);
    tick(2000);
    s().setField(path, 12); // after a pause
    tick(100);
    s().setField(['link', 'sharePercent'], 50); // another field
    tick(100);
    s().setField(['link', 'sharePercent'], 60);
    expect(s().history.past).toHaveLength(3);
    s().undo();
    expect(s().draft.link.sharePercent).toBe(100);
    s().undo();
    expect(s().draft.link.uplinkMbps).toBe(120);
    s().undo();
    expect(s().draft.link.uplinkMbps).toBe(0.3);
  });

  it('typing right after an undo starts a new step', () => {
    const { s } = setup();
    s().setField(['name'], 'A');
    s().undo();
    s().setField(['name'], 'AB');
    s().undo();
    expect(s().draft.name).toBe('Branch office on ADSL (300 kbps up)');
  });

  it('history is capped, oldest steps dropped first', () => {
    const { s, tick } = setup({ historyLimit: 5 });
    for (let k = 1; k <= 8; k++) {
      s().setField(['replication', 'growthPercent'], k);
      tick();
    }
    expect(s().history.past).toHaveLength(5);
    while (s().canUndo) s().undo();
    expect(s().draft.replication.growthPercent).toBe(3);
  });
});

describe('lastValidPlan', () => {
  it('an invalid edit keeps the last valid plan; fixing it moves it on', () => {
    const { s, tick } = setup();
    const valid = s().lastValidPlan;
    expect(valid.name).toBe(s().draft.name);
    s().setField(['vms', 1, 'disks', 0, 'usedGB'], 999); // > sizeGB 60
    expect(s().lastValidPlan).toBe(valid);
    tick();
    s().setField(['link', 'uplinkMbps'], Number.NaN); // an emptied number input
    expect(s().lastValidPlan).toBe(valid);
    tick();
    s().setField(['vms', 1, 'disks', 0, 'usedGB'], 50);
    s().setField(['link', 'uplinkMbps'], 4);
    expect(s().lastValidPlan).not.toBe(valid);
    expect(s().lastValidPlan.vms[1]!.disks[0]!.usedGB).toBe(50);
    expect(s().lastValidPlan.link.uplinkMbps).toBe(4);
  });

  it('undo back to a valid draft restores its plan', () => {
    const { s } = setup();
    s().setField(['link', 'uplinkMbps'], 5);
    s().setField(['link', 'efficiencyPercent'], 0); // below the 1 % minimum
    expect(s().lastValidPlan.link.efficiencyPercent).toBe(90);
    s().undo();
    expect(s().lastValidPlan.link.uplinkMbps).toBe(5);
    s().undo();
    expect(s().lastValidPlan.link.uplinkMbps).toBe(0.3);
  });
});
