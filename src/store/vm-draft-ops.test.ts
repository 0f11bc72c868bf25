import { describe, expect, it } from 'vitest';
import { parsePlan, profileWeights } from '@/plan';
import { ids, setup } from './testing/setup-store';
import { branchOffice } from './testing/example-plan';
import { appendVms, applyWorkload, seedWeights, setVmProfile } from './vm-draft-ops';

describe('appendVms', () => {
  it('appends after the last VM and renames taken ids', () => {
    const plan = branchOffice();
    const extra = [{ ...plan.vms[0]!, id: 'fs01', name: 'FS01 again' }, { ...plan.vms[0]!, id: 'new', name: 'New' }];
    const next = appendVms(plan, extra);
    expect(ids(next)).toEqual(['dc01', 'fs01', 'app01', 'sql01', 'fs01-2', 'new']);
    expect(next.vms[0]).toBe(plan.vms[0]); // existing rows keep their identity (memoised table rows)
    expect(parsePlan(next).ok).toBe(true);
  });

  it('is a no-op for an empty list', () => {
    const plan = branchOffice();
    expect(appendVms(plan, [])).toBe(plan);
  });

  it('is one undo step in the store', () => {
    const { s } = setup();
    const vm = s().draft.vms[2]!;
    s().appendVms([
      { ...vm, id: 'p1' },
      { ...vm, id: 'p2' },
    ]);
    expect(s().draft.vms).toHaveLength(6);
    s().undo();
    expect(ids(s().draft)).toEqual(['dc01', 'fs01', 'app01', 'sql01']);
  });
});

describe('applyWorkload', () => {
  it('re-estimates every disk churn as used × preset %/day and takes the preset profile', () => {
    // APP01 (general, 42 GiB used, 1 GiB/day) → SQL Server 10 %/day: 42 × 10 / 100 = 4.2 GiB/day.
    const next = applyWorkload(branchOffice(), 2, 'sql');
    const vm = next.vms[2]!;
    expect(vm.workload).toBe('sql');
    expect(vm.disks[0]!.churnGBPerDay).toBeCloseTo(4.2, 12);
    expect(vm.profile).toBe('business-hours');
    expect(parsePlan(next).ok).toBe(true);
  });

  it('keeps a custom profile and is undone in one step', () => {
    const { s } = setup();
    s().setVmProfile(1, 'custom');
    s().applyWorkload(1, 'domain-controller'); // FS01 Data: 210 × 1 % = 2.1 GiB/day
    expect(s().draft.vms[1]!.profile).toBe('custom');
    expect(s().draft.vms[1]!.disks[1]!.churnGBPerDay).toBeCloseTo(2.1, 12);
    s().undo();
    expect(s().draft.vms[1]!.workload).toBe('file-server');
    expect(s().draft.vms[1]!.disks[1]!.churnGBPerDay).toBe(3);
  });

  it('choosing the same workload changes nothing', () => {
    const plan = branchOffice();
    expect(applyWorkload(plan, 1, 'file-server')).toBe(plan);
  });
});

describe('setVmProfile', () => {
  it('seeds custom weights from the current profile: business hours read 1 and 3', () => {
    const next = setVmProfile(branchOffice(), 1, 'custom');
    const weights = next.vms[1]!.hourlyWeights!;
    expect(weights.slice(7, 10)).toEqual([1, 3, 3]); // 07:00 quiet, 08:00–18:00 at 3×
    // Same shape as the built-in profile once normalised to mean 1.
    profileWeights('custom', weights).forEach((w, h) => expect(w).toBeCloseTo(profileWeights('business-hours', null)[h]!, 9));
    expect(parsePlan(next).ok).toBe(true);
  });

  it('keeps weights already there when switching away and back', () => {
    const custom = setVmProfile(branchOffice(), 0, 'custom');
    const edited = { ...custom, vms: custom.vms.map((vm, i) => (i === 0 ? { ...vm, hourlyWeights: Array.from({ length: 24 }, (_, h) => h) } : vm)) };
    const back = setVmProfile(setVmProfile(edited, 0, 'flat'), 0, 'custom');
    expect(back.vms[0]!.hourlyWeights![5]).toBe(5);
  });

  it('seedWeights: overnight batch is 4 from 01:00 to 05:00, flat is all 1', () => {
    expect(seedWeights('overnight-batch').slice(0, 6)).toEqual([1, 4, 4, 4, 4, 1]);
    expect(new Set(seedWeights('flat'))).toEqual(new Set([1]));
  });
});

describe('provenance follows the edit (schema v3)', () => {
  it('typing a churn figure makes the VM’s churn entered; the other disks’ preset marks stay', () => {
    const { s } = setup();
    s().setField(['vms', 2, 'provenance'], { churn: 'measured', profile: 'measured' });
    s().setField(['vms', 2, 'disks', 0, 'churnGBPerDay'], 7);
    expect(s().draft.vms[2]!.provenance).toEqual({ churn: 'entered', profile: 'measured' });
    expect(s().lastValidPlan.vms[2]!.provenance).toEqual({ churn: 'entered', profile: 'measured' });
  });

  it('editing an hourly weight or choosing a profile makes the profile entered and drops a measured 5-minute shape', () => {
    const { s } = setup();
    const shape = Array.from({ length: 24 }, (_, h) => (h === 2 ? [12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] : null));
    s().setField(['vms', 1, 'withinHourWeights'], shape);
    s().setField(['vms', 1, 'provenance'], { churn: 'measured', profile: 'measured' });
    s().setVmProfile(1, 'custom');
    expect(s().draft.vms[1]).toMatchObject({ withinHourWeights: null, provenance: { churn: 'measured', profile: 'entered' } });
    s().setField(['vms', 1, 'withinHourWeights'], shape);
    s().setField(['vms', 1, 'hourlyWeights', 3], 5);
    expect(s().draft.vms[1]).toMatchObject({ withinHourWeights: null, provenance: { profile: 'entered' } });
  });

  it('re-applying a workload makes churn (and a non-custom profile) the preset’s', () => {
    const next = applyWorkload(branchOffice(), 2, 'sql');
    expect(next.vms[2]!.provenance).toMatchObject({ churn: 'preset', profile: 'preset' });
    const parsed = parsePlan(next);
    expect(parsed.ok && parsed.plan.vms[2]!.provenance).toMatchObject({ churn: 'preset', profile: 'preset' });
  });

  it('typing one disk’s churn marks that disk only: the measured disks beside it stay measured', () => {
    const { s } = setup();
    // FS01 has three disks (OS, Data, Pagefile); say all three were measured.
    s().setField(['vms', 1, 'provenance'], { churn: 'measured', profile: 'measured' });
    s().setField(['vms', 1, 'disks', 1, 'churnGBPerDay'], 9);
    expect(s().draft.vms[1]!.provenance).toEqual({ churn: 'entered', 'disks[0].churnGBPerDay': 'measured', 'disks[2].churnGBPerDay': 'measured', profile: 'measured' });
    // Typing the other two too: every disk entered, one mark for the VM.
    s().setField(['vms', 1, 'disks', 0, 'churnGBPerDay'], 1);
    s().setField(['vms', 1, 'disks', 2, 'churnGBPerDay'], 0);
    expect(s().draft.vms[1]!.provenance).toEqual({ churn: 'entered', profile: 'measured' });
    // Typing again changes nothing in the record (the same object).
    const before = s().draft.vms[1]!.provenance;
    s().setField(['vms', 1, 'disks', 2, 'churnGBPerDay'], 0.5);
    expect(s().draft.vms[1]!.provenance).toBe(before);
  });

  it('a disk added to an entered VM is a rule of thumb; deleting a disk moves the marks with the disks', () => {
    const { s } = setup();
    s().setField(['vms', 3, 'provenance'], { churn: 'entered', profile: 'entered' }); // SQL01: OS, Data
    s().addDisk(3);
    expect(s().draft.vms[3]!.provenance).toEqual({ churn: 'entered', 'disks[2].churnGBPerDay': 'preset', profile: 'entered' });
    s().deleteDisk(3, 0);
    expect(s().draft.vms[3]!.provenance).toEqual({ churn: 'entered', 'disks[1].churnGBPerDay': 'preset', profile: 'entered' });
    s().deleteDisk(3, 0);
    expect(s().draft.vms[3]!.provenance).toEqual({ churn: 'preset', profile: 'entered' });
    expect(s().lastValidPlan.vms[3]!.provenance).toEqual({ churn: 'preset', profile: 'entered' });
  });

  it('re-applying a workload drops per-disk marks: every disk is the preset’s', () => {
    const plan = branchOffice();
    const marked = { ...plan, vms: plan.vms.map((vm, i) => (i === 1 ? { ...vm, provenance: { churn: 'entered' as const, 'disks[0].churnGBPerDay': 'measured' as const, profile: 'entered' as const } } : vm)) };
    expect(applyWorkload(marked, 1, 'sql').vms[1]!.provenance).toEqual({ churn: 'preset', profile: 'preset' });
  });

  it('a bulk profile marks the profile entered, a bulk workload marks churn and profile rule of thumb', () => {
    const { s } = setup();
    s().bulkEditVms(new Set(['dc01', 'app01']), { profile: 'overnight-batch' });
    expect(s().draft.vms[0]!.provenance).toMatchObject({ profile: 'entered' });
    expect(s().draft.vms[2]!.provenance).toMatchObject({ profile: 'entered' });
    s().bulkEditVms(new Set(['dc01', 'sql01']), { workload: 'file-server' });
    expect(s().draft.vms[0]!.provenance).toEqual({ churn: 'preset', profile: 'preset' });
    expect(s().draft.vms[3]!.provenance).toEqual({ churn: 'preset', profile: 'preset' });
  });
});
