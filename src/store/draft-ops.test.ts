import { describe, expect, it } from 'vitest';
import { parsePlan } from '@/plan';
import { addVm, convertStorageUnits, duplicateVm, getIn, newPlanDraft, resetSettings, setIn, uniqueId } from './draft-ops';
import { branchOffice } from './testing/example-plan';

const GiB = 2 ** 30;
const GB = 1e9;

describe('setIn', () => {
  it('copies only the containers on the path', () => {
    const plan = branchOffice();
    const next = setIn(plan, ['vms', 1, 'disks', 0, 'usedGB'], 30);
    expect(next.vms[1]!.disks[0]!.usedGB).toBe(30);
    expect(plan.vms[1]!.disks[0]!.usedGB).toBe(28); // the original is untouched
    expect(next.vms[0]).toBe(plan.vms[0]);
    expect(next.link).toBe(plan.link);
    expect(next.vms[1]!.disks[1]).toBe(plan.vms[1]!.disks[1]);
  });

  it('returns the same object when the value does not change', () => {
    const plan = branchOffice();
    expect(setIn(plan, ['link', 'uplinkMbps'], 0.3)).toBe(plan);
  });

  it('creates a missing object on the path (enabling the extended hop field by field)', () => {
    const next = setIn(branchOffice(), ['extended', 'frequencySeconds'], 900);
    expect(next.extended).toEqual({ frequencySeconds: 900 });
  });

  it('refuses array indexes that do not exist and prototype keys', () => {
    const plan = branchOffice();
    expect(setIn(plan, ['vms', 4, 'name'], 'X')).toBe(plan);
    expect(setIn(plan, ['vms', -1, 'name'], 'X')).toBe(plan);
    expect(setIn(plan, ['vms', 'x', 'name'], 'X')).toBe(plan);
    expect(setIn(plan, ['__proto__', 'polluted'], true)).toBe(plan);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('getIn reads what setIn wrote', () => {
    const path = ['replication', 'targetRpoMinutes'] as const;
    expect(getIn(setIn(branchOffice(), path, 20), path)).toBe(20);
    expect(getIn(branchOffice(), ['vms', 9, 'name'])).toBeUndefined();
  });
});

describe('ids', () => {
  it('uniqueId counts up past taken ids and respects the id length limit', () => {
    expect(uniqueId('fs01-copy', new Set(['fs01']))).toBe('fs01-copy');
    expect(uniqueId('fs01-copy', new Set(['fs01-copy', 'fs01-copy-2']))).toBe('fs01-copy-3');
    const long = 'x'.repeat(100);
    expect(uniqueId(long, new Set([long.slice(0, 56)])).length).toBeLessThanOrEqual(64);
  });

  it('addVm skips ids already in use', () => {
    const plan = { ...branchOffice() };
    plan.vms = plan.vms.map((vm, i) => ({ ...vm, id: `vm-${i + 5}` })); // vm-5 … vm-8
    const next = addVm(plan);
    expect(next.vms[4]!.id).toBe('vm-9');
    expect(parsePlan(next).ok).toBe(true);
  });

  it('duplicating twice gives two distinct new ids', () => {
    const twice = duplicateVm(duplicateVm(branchOffice(), 0), 0);
    expect(twice.vms.map((vm) => vm.id)).toEqual(['dc01', 'dc01-copy-2', 'dc01-copy', 'fs01', 'app01', 'sql01']);
    expect(parsePlan(twice).ok).toBe(true);
  });
});

describe('convertStorageUnits', () => {
  const sizes = (plan: ReturnType<typeof branchOffice>) => plan.vms.flatMap((vm) => vm.disks.flatMap((d) => [d.sizeGB, d.usedGB, d.churnGBPerDay]));

  it('keeps bytes: 60 GiB = 64.42450944 GB', () => {
    const plan = branchOffice();
    const decimal = convertStorageUnits(plan, 'decimal');
    expect(decimal.units.storage).toBe('decimal');
    expect(decimal.vms[0]!.disks[0]!.sizeGB).toBeCloseTo(64.42450944, 9); // 60 × 2^30 / 10^9
    sizes(plan).forEach((gib, k) => expect(sizes(decimal)[k]! * GB).toBeCloseTo(gib * GiB, 0));
  });

  it('binary → decimal → binary returns the same numbers within 1e-9 relative', () => {
    const plan = branchOffice();
    const back = convertStorageUnits(convertStorageUnits(plan, 'decimal'), 'binary');
    expect(back.units.storage).toBe('binary');
    const before = sizes(plan);
    sizes(back).forEach((value, k) => expect(Math.abs(value - before[k]!)).toBeLessThanOrEqual(1e-9 * Math.abs(before[k]!)));
  });

  it('is a no-op in the current unit, and leaves non-numeric (invalid) values alone', () => {
    const plan = branchOffice();
    expect(convertStorageUnits(plan, 'binary')).toBe(plan);
    const bad = setIn(plan, ['vms', 0, 'disks', 0, 'sizeGB'], 'lots');
    expect(convertStorageUnits(bad, 'decimal').vms[0]!.disks[0]!.sizeGB).toBe('lots');
  });
});

describe('new plan and reset', () => {
  it('newPlanDraft is a valid one-VM plan with schema defaults', () => {
    const plan = newPlanDraft();
    expect(parsePlan(plan).ok).toBe(true);
    expect(plan.vms).toHaveLength(1);
    expect(plan.link.uplinkMbps).toBe(20);
  });

  it('resetSettings restores plan-wide defaults and keeps name, units and VMs', () => {
    const plan = branchOffice();
    const reset = resetSettings(plan);
    expect(reset.link.uplinkMbps).toBe(20);
    expect(reset.replication.windowsServer).toBe('2016');
    expect(reset.initialReplication.method).toBe('network');
    expect(reset.name).toBe(plan.name);
    expect(reset.vms).toBe(plan.vms);
  });
});
