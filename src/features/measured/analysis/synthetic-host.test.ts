/**
 * Oracles on the hand-built host of issue 15 (fixtures/synthetic-host.ts): every figure below is
 * worked out by hand in its comment. Plan: compression off, efficiency 100 %, 5-minute cycles,
 * target RPO 15 min, 100 Mbps. 1 MiB = 2^20 B.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { measuredCheck, verdictOf } from '@/results';
import { parsePlan, type Plan } from '@/plan';
import { buildPlan, expectRel, GiB, makeVm, MiB } from '@/test/factories';
import { syntheticInventoryCsv, syntheticPerfmonCsv } from '../fixtures/synthetic-host';
import { parseInventoryCsv } from '../inventory/inventory-csv';
import { parsePerfmonText } from '../perfmon/csv-driver';
import type { PerfmonMeasurement } from '../perfmon/types';
import { withEvidence } from './evidence';
import { analyseMeasured, deriveMeasuredPlan, measuredVms, type MeasuredFigures } from './run-measured';
import type { MeasuredVm } from './vm-series';

let measurement: PerfmonMeasurement;
let vms: MeasuredVm[];
let figures: MeasuredFigures;
const base = (uplinkMbps = 100): Plan =>
  buildPlan({
    name: 'Synthetic host',
    replication: { compression: false, targetRpoMinutes: 15, growthPercent: 0 },
    link: { uplinkMbps, efficiencyPercent: 100 },
    vms: [makeVm({ id: 'vm-1', name: 'VM 1' })],
  });
const P95 = { day: 'percentile' as const, percentile: 95, days: 'all' as const, growthPercent: 0, removeUnmeasured: true };

beforeAll(() => {
  const m = parsePerfmonText(syntheticPerfmonCsv());
  const inv = parseInventoryCsv(syntheticInventoryCsv());
  if (!m.ok || !inv.ok) throw new Error('the synthetic host did not parse');
  measurement = m.measurement;
  vms = measuredVms(measurement, inv.disks);
  figures = analyseMeasured(base(), measurement, vms);
});

/** The burst cycle: at 02:05 NIGHTLY01 cuts 5 min × 40 MiB/s = 12 000 MiB, STEADY01 600 MiB, BIZ01 30 MiB. */
const BURST_CYCLE_BYTES = (12_000 + 600 + 30) * MiB;
/** All three logs must be on the replica within the 300 s interval: 12 630 MiB × 8 / 300 s = 353.16 Mbps. */
const MET100_MBPS = (BURST_CYCLE_BYTES * 8) / 300 / 1e6;

describe('the synthetic host, measured', () => {
  it('reads a week of 60-s samples with its gaps', () => {
    expect([measurement.slots, measurement.intervalSeconds]).toEqual([10_080, 60]);
    expect(vms.map((v) => v.name)).toEqual(['STEADY01', 'NIGHTLY01', 'BIZ01']);
  });

  it('averages over the sampled time only: a missing Wednesday does not take a seventh off STEADY01', () => {
    const [steady, nightly, biz] = figures.vms;
    // 2 MiB/s × 86 400 s = 172 800 MiB = 168.75 GiB a day (counted as zero it would be 6/7 of it: 144.6 GiB).
    expect(steady!.averageRawBytesPerDay / GiB).toBeCloseTo(168.75, 9);
    expect(steady!.sampledPercent).toBeCloseTo((100 * 6) / 7, 9);
    // 0.5 × 86 400 − 0.5 × 1 200 + 40 × 1 200 = 90 600 MiB a day.
    expect(nightly!.averageRawBytesPerDay / MiB).toBeCloseTo(90_600, 6);
    expect(nightly!.sampledPercent).toBe(100);
    // Weekdays 10 h × 6 + 14 h × 0.1 MiB/s = 221 040 MiB, weekend days 8 640 MiB; the 30 blank
    // minutes (at 6 MiB/s: 10 800 MiB) are left out: (5 × 221 040 + 2 × 8 640 − 10 800) MiB over
    // 10 050 sampled minutes × 1 440 = 159 285.49 MiB a day (perfmon values are kept as 32-bit floats: 0.1 MiB/s to 1e-7).
    expectRel(biz!.averageRawBytesPerDay / MiB, ((5 * 221_040 + 2 * 8640 - 10_800) / 10_050) * 1440, 1e-6, 'BIZ01 daily');
    expect(biz!.sampledPercent).toBeCloseTo((100 * 10_050) / 10_080, 9);
  });

  it('finds the 100 % uplink by hand: the burst cycle must fit its 5 minutes (353.16 Mbps)', () => {
    expectRel(figures.uplinkMbpsFor100Percent!, MET100_MBPS, 0.011, 'met 100 %');
    expect(figures.uplinkMbpsFor100Percent!).toBeGreaterThanOrEqual(MET100_MBPS * 0.999);
    expect(figures.uplinkMbpsFor90Percent!).toBeLessThan(figures.uplinkMbpsFor100Percent!);
  });

  it('judges the gaps: Wednesday (STEADY01 blank) is not met time, but its burst is still a measured miss', () => {
    const r = figures.replay;
    // Every VM sampled: 10 080 − 1 440 (Wednesday) − 30 (BIZ01 Tuesday 12:00–12:29) = 8 610 slots.
    expect(r.coverage.allSampledPercent).toBeCloseTo((100 * 8610) / 10_080, 9);
    // At 100 Mbps the burst is missed every night, Wednesday's too (NIGHTLY01, sampled, lags most).
    expect(r.current.violations).toBe(7);
    expect(r.days.map((d) => d.violations)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(r.days[2]!.coveragePercent).toBeGreaterThan(0);
    expect(r.days[2]!.coveragePercent).toBeLessThan(10);
    // Met share over the judged slots only: never above what was measured.
    const judged = r.coverage.countedSlots;
    expect(r.current.metPercent).toBeCloseTo((100 * (judged - r.current.violationSeconds / 60)) / judged, 9);
  });
});

describe('the synthetic host, derived', () => {
  it('keeps the burst: the derived plan asks the same uplink for the target as the measured week (within 10 %)', () => {
    const out = deriveMeasuredPlan(base(), measurement, vms, P95, 15);
    if (!out.ok) throw new Error(out.issues[0]!.message);
    expect(out.removed).toEqual(['VM 1']);
    const nightly = out.plan.vms.find((v) => v.name === 'NIGHTLY01')!;
    // Hour 2 = 48 000 + 1 200 = 49 200 MiB; steps 1–4 hold 12 000 MiB each, the rest 150 MiB: weights 12 000 / 4 100, 150 / 4 100.
    expect(nightly.withinHourWeights![2]!.slice(0, 5)).toEqual([2.927, 2.927, 2.927, 2.927, 0.037]);
    expect(nightly.withinHourWeights!.filter((h) => h !== null)).toHaveLength(1);
    // Daily churn 90 600 MiB = 88.477 GiB (rounded to 3 decimals in the plan).
    expect(nightly.disks[0]!.churnGBPerDay).toBeCloseTo(88.477, 3);
    // BIZ01's 95th-percentile day is a weekday: 221 040 MiB = 215.859 GiB.
    expect(out.plan.vms.find((v) => v.name === 'BIZ01')!.disks[0]!.churnGBPerDay).toBeCloseTo(215.859, 3);
    const derived = evaluatePlan(out.plan);
    const modelled = derived.bandwidth.requiredUplinkMbps.targetRpo!;
    expectRel(modelled, figures.uplinkMbpsFor100Percent!, 0.1, 'derived plan vs measured week');
    expectRel(modelled, MET100_MBPS, 0.011, 'derived plan vs hand figure');
  });

  it('without the within-hour shape the plan would ask 2.7× less: the shape is what keeps the answer', () => {
    const out = deriveMeasuredPlan(base(), measurement, vms, P95, 15);
    if (!out.ok) throw new Error('derive failed');
    const flat = parsePlan({ ...out.plan, vms: out.plan.vms.map((vm) => ({ ...vm, withinHourWeights: null })) });
    if (!flat.ok) throw new Error('flat plan rejected');
    // Spread over its hour, the burst hour writes 49 200 MiB / 12 = 4 100 MiB per cycle.
    expect(evaluatePlan(flat.plan).bandwidth.requiredUplinkMbps.targetRpo!).toBeLessThan(MET100_MBPS / 2);
  });

  it('average day over all days or weekdays: BIZ01 by hand', () => {
    const avg = (days: 'all' | 'weekdays') => {
      const out = deriveMeasuredPlan(base(), measurement, vms, { ...P95, day: 'average', days }, 15);
      if (!out.ok) throw new Error('derive failed');
      return out.plan.vms.find((v) => v.name === 'BIZ01')!.disks[0]!.churnGBPerDay * GiB;
    };
    // All days: (5 × 221 040 + 2 × 8 640) / 7 = 160 354.29 MiB; weekdays: 221 040 MiB.
    expect(avg('all') / MiB).toBeCloseTo(((5 * 221_040 + 2 * 8640) / 7), -1);
    expect(avg('weekdays') / MiB).toBeCloseTo(221_040, -1);
  });

  it('never says "Enough" where the replay misses: the verdict takes the worse, with the reason', () => {
    const out = deriveMeasuredPlan(base(), measurement, vms, P95, 15);
    if (!out.ok) throw new Error('derive failed');
    const plan = withEvidence(out.plan, out, figures, P95, 'churn.csv');
    expect(plan.measured!.requiredUplinkMbps.met100).toBe(figures.uplinkMbpsFor100Percent);
    expect(plan.vms.every((vm) => vm.provenance?.churn === 'measured' && vm.provenance.profile === 'measured')).toBe(true);
    // At 100 Mbps both say no.
    const at100 = verdictOf(plan, evaluatePlan(plan));
    expect(at100.title).not.toBe('Enough');
    expect(at100.detail).toContain('Replaying the measured week at 100 Mbps misses the 15 min target');
    // Make the modelled day optimistic (as before this issue: no within-hour shape) at 200 Mbps:
    // it would say "Enough"; the replay of the same week says the target is missed, and wins.
    const flat = parsePlan({ ...plan, link: { ...plan.link, uplinkMbps: 200 }, vms: plan.vms.map((vm) => ({ ...vm, withinHourWeights: null })) });
    if (!flat.ok) throw new Error('flat plan rejected');
    const result = evaluatePlan(flat.plan);
    expect(result.rpo.worstSeconds).toBeLessThanOrEqual(15 * 60);
    const v = verdictOf(flat.plan, result);
    expect(v).toMatchObject({ tone: 'warning', title: 'Not enough for the target RPO in the measured week' });
    expect(v.detail).toMatch(/misses the 15 min target: it needs 35\d Mbps/);
    // At the measured week's answer, both agree: enough.
    const enough = parsePlan({ ...plan, link: { ...plan.link, uplinkMbps: Math.ceil(figures.uplinkMbpsFor100Percent!) } });
    if (!enough.ok) throw new Error('plan rejected');
    const check = measuredCheck(enough.plan, evaluatePlan(enough.plan));
    expect(check).toMatchObject({ kind: 'current', misses: false, agree: true });
  });

  it('answers computed for other settings are named, and leave the verdict to the modelled day', () => {
    const out = deriveMeasuredPlan(base(), measurement, vms, P95, 15);
    if (!out.ok) throw new Error('derive failed');
    const plan = withEvidence(out.plan, out, figures, P95, 'churn.csv');
    const changed = parsePlan({ ...plan, replication: { ...plan.replication, compression: true }, vms: plan.vms.map((vm, i) => (i === 0 ? { ...vm, frequencySeconds: 30 } : vm)) });
    if (!changed.ok) throw new Error('plan rejected');
    expect(measuredCheck(changed.plan, evaluatePlan(changed.plan))).toMatchObject({ kind: 'stale', changed: ['compression', "STEADY01's frequency"] });
  });
});
