import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateMeasured } from '@/engine';
import { bytesPerGB, type Plan } from '@/plan';
import { buildPlan, makeVm } from '@/test/factories';
import { fixtureDisks, inventoryCsv, perfmonCsv } from '../fixtures/perfmon-fixture';
import { parseInventoryCsv, type InventoryDisk } from '../inventory/inventory-csv';
import { matchCounters } from '../inventory/matching';
import { parsePerfmonText } from '../perfmon/csv-driver';
import type { PerfmonMeasurement } from '../perfmon/types';
import { applyDerived } from './apply-to-plan';
import { deriveVm } from './derive';
import { measuredInput } from './measured-input';
import { buildVmSeries, type MeasuredVm } from './vm-series';

// A generated week of 20 VMs, from files to answers.
let measurement: PerfmonMeasurement;
let inventory: InventoryDisk[];
let vms: MeasuredVm[];
beforeAll(() => {
  const m = parsePerfmonText(perfmonCsv({ days: 7, missingRate: 0.01 }), 1 << 20);
  const inv = parseInventoryCsv(inventoryCsv());
  if (!m.ok || !inv.ok) throw new Error('fixture did not parse');
  measurement = m.measurement;
  inventory = inv.disks;
  vms = buildVmSeries(measurement, inventory, matchCounters(measurement.counters, inventory));
});

const plan = (): Plan =>
  buildPlan({
    link: { uplinkMbps: 50 },
    replication: { targetRpoMinutes: 15 },
    vms: [makeVm({ id: 'sql-prod', name: 'sql01', frequencySeconds: 30, recoveryPoints: 4 }), makeVm({ id: 'legacy', name: 'LEGACY01' })],
  });

describe('measured pipeline on a generated week of 20 VMs', () => {
  it('gives every inventory VM its summed series, with coverage after 1 % missing samples', () => {
    expect(vms.map((v) => v.name)).toHaveLength(20);
    expect(vms[0]!.disks.map((d) => d.name)).toEqual(['SQL01-OS.vhdx', 'SQL01-Data.vhdx', 'SQL01-Log.vhdx']);
    expect(vms[0]!.bytesPerSecond.length).toBe(10_080);
    const dc = vms.find((v) => v.name === 'DC01')!; // one disk: its missing samples show
    expect(dc.coverage).toBeGreaterThan(0.98);
    expect(dc.coverage).toBeLessThan(1);
    // The slots without a sample are marked, so deriving a profile can leave them out.
    const unseen = dc.seen.reduce((n, x) => n + (x ? 0 : 1), 0);
    expect(unseen / dc.seen.length).toBeCloseTo(1 - dc.coverage, 12);
    expect(unseen).toBeGreaterThan(0);
  });

  it('excluding a disk takes its writes out of the VM', () => {
    const matches = matchCounters(measurement.counters, inventory);
    const log = inventory.findIndex((d) => d.path.endsWith('SQL01-Log.vhdx'));
    const c = matches.findIndex((m) => m.disk === log);
    const without = buildVmSeries(measurement, inventory, matches.map((m, i) => (i === c ? { ...m, included: false } : m)));
    const sum = (v: MeasuredVm) => v.bytesPerSecond.reduce((a, b) => a + b, 0);
    const logDisk = without[0]!.disks.find((d) => d.inventory === log)!;
    expect(logDisk).toMatchObject({ measured: true, included: false });
    expect(sum(without[0]!)).toBeCloseTo(sum(vms[0]!) - logDisk.rateSum, 0);
  });

  it('drives the simulation over the measured week and names the busiest moment: Tuesday 02:xx, SQL01', () => {
    const p = plan();
    const r = evaluateMeasured(p, measuredInput(p, vms, measurement.startMs, measurement.intervalSeconds, 15 * 60));
    expect(r.horizonSeconds).toBe(7 * 86_400);
    expect(r.days).toHaveLength(7);
    const busiest = new Date(measurement.startMs + r.busiest.atSeconds * 1000);
    expect([busiest.getUTCDay(), busiest.getUTCHours()]).toEqual([2, 2]);
    expect(r.busiest.vmId).toBe('sql-prod'); // SQL01 is the plan's "sql01": its id and 30-s cycles apply
    expect(r.busiest.vmSharePercent).toBeGreaterThan(50);
    expect(r.requiredUplinkMbps.met90!).toBeLessThanOrEqual(r.requiredUplinkMbps.met100!);
    expect(r.requiredUplinkMbps.met100!).toBeGreaterThan(r.averageDemandMbps);
  });

  it('derives churn and a profile into the plan: same-name VMs updated, others added, all through parsePlan', () => {
    const p = plan();
    const out = applyDerived(p, vms, measurement.startMs, measurement.intervalSeconds, { day: 'percentile', percentile: 95, days: 'all', growthPercent: 30 });
    if (!out.ok) throw new Error(out.issues.map((i) => i.message).join('; '));
    expect(out.updated).toEqual(['SQL01']);
    expect(out.added).toHaveLength(19);
    expect(out.plan.vms).toHaveLength(21);
    const sql = out.plan.vms[0]!;
    expect(sql).toMatchObject({ id: 'sql-prod', frequencySeconds: 30, recoveryPoints: 4, profile: 'custom', provenance: { churn: 'measured', profile: 'measured' } });
    expect(out.plan.vms[1]!.name).toBe('LEGACY01'); // not measured: untouched
    const gb = bytesPerGB(p.units.storage);
    const expected = deriveVm(vms[0]!, measurement.startMs, 60, { day: 'percentile', percentile: 95, days: 'all' }, 30).dailyBytes / gb;
    expect(sql.disks.reduce((s, d) => s + d.churnGBPerDay, 0)).toBeCloseTo(expected, 2);
    const disk = fixtureDisks()[1]!;
    expect(sql.disks[1]).toMatchObject({ name: 'SQL01-Data', sizeGB: disk.sizeBytes / gb, usedGB: disk.fileBytes / gb, replicated: true });
  });
});

describe('measuredInput', () => {
  it('merges samples finer than 30 s into whole multiples of 30 s, keeping the bytes', () => {
    const p = plan();
    const vm: MeasuredVm = { name: 'X', disks: [{ inventory: 0, path: 'p', name: 'p', sizeBytes: 1, fileBytes: 1, measured: true, included: true, rateSum: 0, hourBytes: new Float64Array(1) }], bytesPerSecond: new Float64Array(45).fill(2), seen: new Uint8Array(45).fill(1), coverage: 1 };
    // 4-second samples: lcm(4, 30) = 60 s steps of 15 samples; 45 samples → 3 steps of 2 B/s.
    const input = measuredInput(p, [vm], 0, 4, 900);
    expect(input.stepSeconds).toBe(60);
    expect(Array.from(input.vms[0]!.bytesPerSecond)).toEqual([2, 2, 2]);
    expect(measuredInput(p, [vm], 0, 10, 900).stepSeconds).toBe(30);
    expect(measuredInput(p, [vm], 0, 60, 900).stepSeconds).toBe(60);
  });
});
