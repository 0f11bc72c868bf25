import { describe, expect, it } from 'vitest';
import { parsePlan } from '@/plan';
import { ids, setup } from './testing/setup-store';

describe('actions', () => {
  it('setField writes by path and leaves the rest of the plan shared', () => {
    const { s } = setup();
    const before = s().draft;
    s().setField(['link', 'uplinkMbps'], 2);
    expect(s().draft.link.uplinkMbps).toBe(2);
    expect(s().draft.vms).toBe(before.vms);
    expect(s().canUndo).toBe(true);
  });

  it('setField takes whole sections and lists too (plan types are JSON values)', () => {
    const { s } = setup();
    s().setField(['extended'], { frequencySeconds: 900, recoveryPoints: 0, link: s().draft.link });
    s().setField(['link', 'hourlySharePercent'], Array.from({ length: 24 }, () => 50));
    expect(s().draft.extended?.frequencySeconds).toBe(900);
    expect(s().lastValidPlan.link.hourlySharePercent).toHaveLength(24);
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
