/**
 * Warnings (SPEC §5.7): stable codes, a severity, a message, and the VM when there is one.
 * Codes for unstable plans, breaches, resync, IR and stream caps are asserted beside their
 * oracles; this file covers the plan-shape warnings and the shape of every warning.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { setDisplayLocale } from '@/lib/format';
import { buildPlan, makeDisk, makeVm } from '@/test/factories';
import { warningCodes } from '@/test/result-helpers';

const PROBLEM_CODES = [
  'compression-off',
  'paging-disk-replicated',
  'churn-exceeds-size',
  'no-replicated-disk',
  'plan-unstable',
  'failure-window-breached',
  'resync-required',
  'health-warning',
  'ir-never-completes',
  'ir-resync-risk',
  'recommend-offline',
  'per-stream-cap-limiting',
  'log-exceeds-interval',
  'raise-max-active-transfers',
  'target-rpo-missed',
];

describe('a healthy plan raises none of the problem warnings', () => {
  // 4 GiB/day × 0.7 on 20 Mbps: tiny load; 40 GB used copies in ~4.5 h; nothing odd.
  const result = evaluatePlan(buildPlan());

  it.each(PROBLEM_CODES)('no %s', (code) => {
    expect(warningCodes(result)).not.toContain(code);
  });
});

describe('plan-shape warnings', () => {
  it('compression off', () => {
    const r = evaluatePlan(buildPlan({ replication: { compression: false } }));
    expect(warningCodes(r)).toContain('compression-off');
  });

  it('a replicated disk named like a paging file, on its VM; none when it is excluded', () => {
    const page = (replicated: boolean) =>
      evaluatePlan(
        buildPlan({ vms: [makeVm({ id: 'sql1', disks: [makeDisk(), makeDisk({ name: 'Pagefile', sizeGB: 16, usedGB: 16, churnGBPerDay: 8, replicated })] })] }),
      );
    expect(warningCodes(page(true), 'sql1')).toContain('paging-disk-replicated');
    expect(warningCodes(page(false))).not.toContain('paging-disk-replicated');
  });

  it('churn above the disk size per day (801 on 800), on the churn field; none on an excluded disk', () => {
    const disk = (replicated: boolean) => evaluatePlan(buildPlan({ vms: [makeVm({ id: 'x', disks: [makeDisk(), makeDisk({ sizeGB: 800, usedGB: 500, churnGBPerDay: 801, replicated })] })] }));
    const w = disk(true).warnings.find((x) => x.code === 'churn-exceeds-size');
    expect(w).toMatchObject({ vmId: 'x', field: 'vms[0].disks[1].churnGBPerDay' });
    expect(warningCodes(disk(false))).not.toContain('churn-exceeds-size');
  });

  it('churn no disk could physically write (200 000 GiB/day ≈ 2.49 GB/s)', () => {
    const r = evaluatePlan(buildPlan({ vms: [makeVm({ id: 'x', disks: [makeDisk({ sizeGB: 65536, usedGB: 100, churnGBPerDay: 200_000 })] })] }));
    expect(warningCodes(r, 'x')).toContain('churn-exceeds-physical');
    expect(warningCodes(r, 'x')).not.toContain('churn-exceeds-size');
  });

  it('churn far above the disk size (100 GB/day on a 1 GB disk)', () => {
    const r = evaluatePlan(buildPlan({ vms: [makeVm({ id: 'x', disks: [makeDisk({ sizeGB: 1, usedGB: 1, churnGBPerDay: 100 })] })] }));
    expect(warningCodes(r, 'x')).toContain('churn-exceeds-size');
  });

  it('a VM with no replicated disk is a warning on that VM', () => {
    const r = evaluatePlan(
      buildPlan({ vms: [makeVm({ id: 'ok' }), makeVm({ id: 'none', disks: [makeDisk({ replicated: false })] })] }),
    );
    expect(warningCodes(r, 'none')).toContain('no-replicated-disk');
    expect(warningCodes(r, 'ok')).not.toContain('no-replicated-disk');
  });
});

describe('every warning is well formed', () => {
  const troubled = () =>
    buildPlan({
      replication: { compression: false, targetRpoMinutes: 1 },
      link: { uplinkMbps: 0.5, tcpWindowKiB: 16, rttMs: 200 },
      vms: [
        makeVm({ id: 'a', disks: [makeDisk({ churnGBPerDay: 40 }), makeDisk({ name: 'pagefile.sys', sizeGB: 4, usedGB: 4, churnGBPerDay: 30 })] }),
        makeVm({ id: 'b', disks: [makeDisk({ replicated: false })] }),
      ],
    });
  const r = evaluatePlan(troubled());

  it('raises several warnings on this troubled plan', () => {
    expect(r.warnings.length).toBeGreaterThanOrEqual(5);
  });

  it('codes are kebab-case, severities known, messages plain text, VM ids real', () => {
    const ids = new Set(r.vms.map((v) => v.id));
    for (const w of r.warnings) {
      expect(w.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['info', 'warning', 'error']).toContain(w.severity);
      expect(w.message.trim().length).toBeGreaterThan(10);
      if (w.vmId !== undefined) expect(ids.has(w.vmId), `vmId ${w.vmId}`).toBe(true);
    }
  });

  it('no duplicate (code, VM) pair', () => {
    const keys = r.warnings.map((w) => `${w.code}|${w.vmId ?? ''}|${w.field ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('carries the figures its sentence quotes (the results layer rewrites it in the reader locale)', () => {
    const unstable = r.warnings.find((w) => w.code === 'plan-unstable');
    expect(unstable).toMatchObject({ params: { requiredUplinkMbps: r.bandwidth.requiredUplinkMbps.stable } });
    const target = r.warnings.find((w) => w.code === 'target-rpo-missed');
    expect(target?.params).toMatchObject({ targetRpoMinutes: 1, worstRpoSeconds: r.rpo.unbounded ? null : r.rpo.worstSeconds });
    expect(target?.message).toMatch(/^The target RPO of 1 min is missed: /);
    const noDisk = r.warnings.find((w) => w.code === 'no-replicated-disk');
    expect(noDisk).toMatchObject({ vmId: 'b', params: { vmName: r.vms[1]!.name } });
  });

  it('reads the same whatever locale the page shows numbers in', () => {
    setDisplayLocale('de-DE');
    try {
      expect(evaluatePlan(troubled()).warnings).toEqual(r.warnings);
    } finally {
      setDisplayLocale('en-US');
    }
  });
});
