import { describe, expect, it } from 'vitest';
import { buildPlan, makeDisk, makeVm } from '@/test/factories';
import { buildVmInputRows } from './vm-inputs';

describe('buildVmInputRows', () => {
  it('marks churn filled in from the workload preset as a rule of thumb', () => {
    // File server preset: 2 % of used per day; 50 GiB used → 1 GiB/day.
    const plan = buildPlan({ vms: [makeVm({ workload: 'file-server', profile: undefined, disks: [makeDisk({ usedGB: 50, churnGBPerDay: undefined })] })] });
    const [row] = buildVmInputRows(plan);
    expect(row).toMatchObject({
      churn: '1 GiB/day',
      churnBasis: 'preset',
      churnNote: 'Rule of thumb: File server, 2 % of used per day',
      profile: 'business hours (08–18 h at 3×)',
      profileFromPreset: true,
    });
  });

  it('calls a churn figure that differs from the preset entered', () => {
    const [row] = buildVmInputRows(buildPlan({ vms: [makeVm({ disks: [makeDisk({ usedGB: 40, churnGBPerDay: 4 })] })] }));
    // General preset would give 3 % × 40 = 1.2 GiB/day; 4 was typed.
    expect(row).toMatchObject({ churn: '4 GiB/day', churnBasis: 'entered', churnNote: 'Entered' });
  });

  it('says "partly" when only some disks follow the preset', () => {
    const disks = [makeDisk({ name: 'OS', usedGB: 40, churnGBPerDay: undefined }), makeDisk({ name: 'Data', usedGB: 100, churnGBPerDay: 9 })];
    const [row] = buildVmInputRows(buildPlan({ vms: [makeVm({ disks })] }));
    // 40 × 3 % = 1.2 from the preset + 9 entered = 10.2 GiB/day.
    expect(row).toMatchObject({ churn: '10.2 GiB/day', churnBasis: 'mixed', churnNote: 'Partly rule of thumb (General purpose, 3 % of used per day)' });
  });

  it('sums only replicated disks and lists the excluded ones with their churn', () => {
    const disks = [
      makeDisk({ name: 'OS', sizeGB: 60, usedGB: 30, churnGBPerDay: 1 }),
      makeDisk({ name: 'Data', sizeGB: 400, usedGB: 200, churnGBPerDay: 3 }),
      makeDisk({ name: 'Pagefile', sizeGB: 8, usedGB: 8, churnGBPerDay: 6, replicated: false }),
    ];
    const [row] = buildVmInputRows(buildPlan({ vms: [makeVm({ name: 'FS01', count: 2, disks })] }));
    expect(row).toMatchObject({ name: 'FS01', count: 2, disks: '2 disks, 460 GiB (230 GiB used)', churn: '4 GiB/day', excluded: 'Pagefile (6 GiB/day)' });
  });

  it('describes recovery points with the app-consistent interval', () => {
    const plan = buildPlan({ vms: [makeVm({ id: 'a', recoveryPoints: 4, appConsistentHours: 4 }), makeVm({ id: 'b', recoveryPoints: 0 })] });
    expect(buildVmInputRows(plan).map((r) => r.recoveryPoints)).toEqual(['4 hourly, app-consistent every 4 h', 'latest only']);
  });

  it('shows decimal plans in GB', () => {
    const plan = buildPlan({ units: { storage: 'decimal' }, vms: [makeVm({ disks: [makeDisk({ sizeGB: 100, usedGB: 40, churnGBPerDay: 4 })] })] });
    expect(buildVmInputRows(plan)[0]).toMatchObject({ disks: '1 disk, 100 GB (40 GB used)', churn: '4 GB/day' });
  });
});
