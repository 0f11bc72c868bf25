import { describe, expect, it } from 'vitest';
import { parsePlan } from '@/plan';
import { bulkEditVms, diskNameMatcher, isEmptyEdit, PAGING_DISK_PATTERN } from './bulk-ops';
import { branchOffice } from './testing/example-plan';
import { setup } from './testing/setup-store';

// Branch office: DC01 (4 points, VSS 4 h, OS), FS01 (4 points; OS, Data, Pagefile excluded),
// APP01 (general, 0 points), SQL01 — see public/examples/branch-office.json.
const ALL = new Set(['dc01', 'fs01', 'app01', 'sql01']);

describe('diskNameMatcher', () => {
  it('matches a plain term anywhere in the name, ignoring case', () => {
    const m = diskNameMatcher('page');
    expect(['Pagefile', 'PAGE', 'D-page-1'].map(m)).toEqual([true, true, true]);
    expect(m('Data')).toBe(false);
  });

  it('reads wildcards over the whole name and several terms', () => {
    const m = diskNameMatcher('temp*, ?wap');
    expect(m('TempDB')).toBe(true);
    expect(m('MyTemp')).toBe(false); // "temp*" must start the name
    expect(m('Swap')).toBe(true);
    expect(m('Swapfile')).toBe(false); // "?wap" is exactly four characters
  });

  it('treats regex characters literally and matches nothing without a term', () => {
    expect(diskNameMatcher('a.b')('axb')).toBe(false);
    expect(diskNameMatcher('a.b')('a.b')).toBe(true);
    expect(diskNameMatcher(' , ')('anything')).toBe(false);
  });

  it('the paging default catches the usual names and leaves data disks alone', () => {
    const m = diskNameMatcher(PAGING_DISK_PATTERN);
    expect(['Pagefile', 'Paging', 'swap', 'TempDB', 'tmp', 'Scratch'].every(m)).toBe(true);
    expect(['OS', 'Data', 'Logs', 'SQLData'].some(m)).toBe(false);
  });
});

describe('bulkEditVms', () => {
  it('sets recovery points on the selected VMs only and counts them', () => {
    const plan = branchOffice();
    const { draft, summary } = bulkEditVms(plan, new Set(['app01', 'sql01']), { recoveryPoints: 6 });
    expect(draft.vms.map((vm) => vm.recoveryPoints)).toEqual([4, 4, 6, 6]);
    expect(summary).toMatchObject({ selected: 2, changed: 2, disksChanged: 0 });
    expect(draft.vms[0]).toBe(plan.vms[0]); // untouched rows keep their identity
    expect(parsePlan(draft).ok).toBe(true);
  });

  it('counts only VMs that really change, and returns the same draft when none do', () => {
    const plan = branchOffice();
    const same = bulkEditVms(plan, new Set(['dc01', 'fs01']), { recoveryPoints: 4 });
    expect(same.draft).toBe(plan);
    expect(same.summary).toMatchObject({ selected: 2, changed: 0 });
    const some = bulkEditVms(plan, ALL, { recoveryPoints: 4 });
    expect(some.summary.changed).toBe(2); // APP01 and SQL01 had other counts
  });

  it('excludes disks by name on every selected VM and says which VMs keep no replicated disk', () => {
    const plan = bulkEditVms(branchOffice(), new Set(['fs01']), { disks: { pattern: 'pagefile', replicated: true } }).draft;
    expect(plan.vms[1]!.disks[2]!.replicated).toBe(true);
    const { draft, summary } = bulkEditVms(plan, ALL, { disks: { pattern: PAGING_DISK_PATTERN, replicated: false } });
    expect(draft.vms[1]!.disks.map((d) => d.replicated)).toEqual([true, true, false]);
    expect(summary).toMatchObject({ changed: 1, disksChanged: 1, noReplicatedDisk: [] });
    const none = bulkEditVms(branchOffice(), new Set(['dc01']), { disks: { pattern: 'os', replicated: false } });
    expect(none.summary.noReplicatedDisk).toEqual(['DC01']);
  });

  it('turns app-consistent points off where recovery points go to 0, and skips them where none are kept', () => {
    const cleared = bulkEditVms(branchOffice(), new Set(['dc01']), { recoveryPoints: 0 });
    expect(cleared.draft.vms[0]).toMatchObject({ recoveryPoints: 0, appConsistentHours: null });
    expect(cleared.summary.appConsistentCleared).toEqual(['DC01']);
    expect(parsePlan(cleared.draft).ok).toBe(true);

    const skipped = bulkEditVms(branchOffice(), ALL, { appConsistentHours: 2 });
    // APP01 keeps no recovery point (SPEC §4: VSS points need ≥ 1); the others take the 2 h interval.
    expect(skipped.summary.appConsistentSkipped).toContain('APP01');
    expect(skipped.draft.vms.find((v) => v.id === 'app01')!.appConsistentHours).toBeNull();
    expect(skipped.draft.vms.find((v) => v.id === 'fs01')!.appConsistentHours).toBe(2);
    expect(parsePlan(skipped.draft).ok).toBe(true);

    const both = bulkEditVms(branchOffice(), ALL, { recoveryPoints: 2, appConsistentHours: 1 });
    expect(both.summary.appConsistentSkipped).toEqual([]);
    expect(both.draft.vms.every((v) => v.appConsistentHours === 1)).toBe(true);
  });

  it('re-estimates churn from the workload, then applies a profile, like the one-row pickers', () => {
    // APP01: 42 GiB used → SQL Server 10 %/day = 4.2 GiB/day (see vm-draft-ops.test.ts).
    const { draft } = bulkEditVms(branchOffice(), new Set(['app01']), { workload: 'sql', profile: 'overnight-batch' });
    const vm = draft.vms[2]!;
    expect(vm.workload).toBe('sql');
    expect(vm.disks[0]!.churnGBPerDay).toBeCloseTo(4.2, 9);
    expect(vm.profile).toBe('overnight-batch');
  });

  it('seeds 24 weights when the profile becomes custom, and sets frequency and initial replication', () => {
    const { draft } = bulkEditVms(branchOffice(), ALL, { profile: 'custom', frequencySeconds: 900, initialReplication: 'network' });
    for (const vm of draft.vms) {
      expect(vm.profile).toBe('custom');
      expect(vm.hourlyWeights).toHaveLength(24);
      expect(vm.frequencySeconds).toBe(900);
      expect(vm.initialReplication).toBe('network');
    }
    expect(parsePlan(draft).ok).toBe(true);
  });

  it('ignores ids that are not in the plan', () => {
    const plan = branchOffice();
    const { draft, summary } = bulkEditVms(plan, new Set(['nope']), { recoveryPoints: 1 });
    expect(draft).toBe(plan);
    expect(summary.selected).toBe(0);
  });

  it('is one undo step in the store, however many VMs and fields it changes', () => {
    const { s } = setup();
    const before = s().draft;
    const summary = s().bulkEditVms(ALL, { recoveryPoints: 8, frequencySeconds: 900, disks: { pattern: 'data', replicated: false } });
    expect(summary.changed).toBe(4);
    expect(s().draft.vms.every((v) => v.recoveryPoints === 8 && v.frequencySeconds === 900)).toBe(true);
    s().undo();
    expect(s().draft).toBe(before);
    s().redo();
    expect(s().draft.vms.every((v) => v.recoveryPoints === 8)).toBe(true);
  });

  it('an edit that changes nothing records no undo step', () => {
    const { s } = setup();
    s().bulkEditVms(new Set(['dc01']), { recoveryPoints: 4 });
    expect(s().canUndo).toBe(false);
  });
});

describe('isEmptyEdit', () => {
  it('is true only when no field is set', () => {
    expect(isEmptyEdit({})).toBe(true);
    expect(isEmptyEdit({ recoveryPoints: undefined })).toBe(true);
    expect(isEmptyEdit({ appConsistentHours: null })).toBe(false);
  });
});
