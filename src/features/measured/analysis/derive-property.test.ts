/**
 * Property (issue 15): a plan derived from measurements is never more optimistic than replaying
 * the same measurements, beyond the 10 % tolerance — for the target RPO, the modelled day's
 * uplink is at least 90 % of the measured period's 100 % answer. Hosts: a steady VM and a VM
 * with a nightly burst of random rate, length and start (the same each night, as a backup job),
 * random gaps, 5- or 15-minute cycles.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { buildPlan, makeVm, MiB } from '@/test/factories';
import { matchCounters } from '../inventory/matching';
import type { PerfmonMeasurement } from '../perfmon/types';
import { analyseMeasured, deriveMeasuredPlan, measuredVms } from './run-measured';

const START = Date.UTC(2026, 10, 23); // Monday
const DAYS = 3;

function host(burstMiBps: number, burstMinutes: number, burstStart: number, steadyMiBps: number, gapEvery: number) {
  const slots = DAYS * 1440;
  const rate = (vm: number, m: number) => (vm === 0 ? steadyMiBps : m % 1440 >= burstStart && m % 1440 < burstStart + burstMinutes ? burstMiBps : 0.2);
  const counters = [0, 1].map((vm) => ({
    host: 'HV',
    instance: `D:-VM${vm}.vhdx`,
    path: `\\\\HV\\Hyper-V Virtual Storage Device(D:-VM${vm}.vhdx)\\Write Bytes/sec`,
    // Every gapEvery-th minute of the steady VM is blank.
    values: Float32Array.from({ length: slots }, (_, m) => (vm === 0 && gapEvery > 0 && m % gapEvery === 0 ? NaN : rate(vm, m) * MiB)),
    samples: slots,
  }));
  const measurement: PerfmonMeasurement = { timeZone: { name: '', biasMinutes: 0 }, startMs: START, intervalSeconds: 60, slots, counters, rows: slots, ignoredColumns: 0, notes: [] };
  const inventory = [0, 1].map((vm) => ({ vm: `VM${vm}`, path: `D:\\VM${vm}.vhdx`, sizeBytes: 2 ** 40, fileBytes: 2 ** 39, host: 'HV' }));
  return { measurement, vms: measuredVms(measurement, inventory, matchCounters(counters, inventory)) };
}

/** The property's body: the derived plan's uplink for the target and the replay's 100 % answer. */
function derivedVsMeasured(burst: number, minutes: number, start: number, steady: number, gapEvery: number, frequencySeconds: 300 | 900) {
  const { measurement, vms } = host(burst, minutes, start, steady, gapEvery);
  const plan = buildPlan({
    replication: { compression: false, targetRpoMinutes: 30, growthPercent: 0 },
    link: { uplinkMbps: 50, efficiencyPercent: 100 },
    vms: [makeVm({ id: 'a', name: 'VM0', frequencySeconds }), makeVm({ id: 'b', name: 'VM1', frequencySeconds })],
  });
  const figures = analyseMeasured(plan, measurement, vms);
  const out = deriveMeasuredPlan(plan, measurement, vms, { day: 'percentile', percentile: 100, days: 'all', growthPercent: 0 }, 30);
  if (!out.ok) throw new Error(out.issues[0]!.message);
  return { measured: figures.uplinkMbpsFor100Percent, modelled: evaluatePlan(out.plan).bandwidth.requiredUplinkMbps.targetRpo };
}

describe('derived plan vs replay of the same measurements', () => {
  // Found by unseeded runs: a 5 MiB/s burst of 50 min at 00:00 over a 0.1 MiB/s floor, 5-minute
  // cycles. The hour's busiest step is 5 ÷ ((50 × 5 + 10 × 0.2) ÷ 60) = 1.19 × its mean, so a
  // 1.2 × threshold dropped the shape and the derived plan asked 36.2 Mbps against the replay's
  // 42.9 Mbps (−16 %). With the shape kept both cross at the burst's own rate, 5.1 MiB/s ≈ 42.8 Mbps.
  it('a 50-minute burst (peak step 1.19 × the hour mean) keeps its shape', () => {
    const { measured, modelled } = derivedVsMeasured(5, 50, 0, 0.1, 0, 300);
    expect(measured!).toBeGreaterThan(42.7);
    expect(modelled!).toBeGreaterThanOrEqual(0.9 * measured!);
    expect(modelled!).toBeLessThanOrEqual(1.1 * measured!);
  });

  // Found next: a 6-minute 5 MiB/s burst at 00:00 beside a VM writing 3.26 MiB/s all day — near
  // saturation the days settle slowly, and the worst lag (2 058 s at 40 Mbps) came on day 3 while
  // the repeating day peaked at 1 608 s. Only the repeating day was reported, so the derived plan
  // asked 38.3 Mbps against the replay's 42.9 Mbps (−11 %). Peaks now cover every simulated day.
  it('a plan whose days settle slowly reports the worst day on the way (replay 42.9 Mbps)', () => {
    const { measured, modelled } = derivedVsMeasured(5, 6, 0, 3.2609125375747685, 0, 300);
    expect(modelled!).toBeGreaterThanOrEqual(0.9 * measured!);
  });

  it('the derived plan never asks less than 90 % of the measured 100 % answer for the target (seeded)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5, max: 60, noNaN: true }),
        fc.integer({ min: 5, max: 50 }),
        fc.integer({ min: 0, max: 1380 }),
        fc.double({ min: 0.1, max: 4, noNaN: true }),
        fc.constantFrom(0, 7, 97),
        fc.constantFrom(300, 900),
        (burst, minutes, start, steady, gapEvery, frequencySeconds) => {
          const { measured, modelled } = derivedVsMeasured(burst, minutes, start, steady, gapEvery, frequencySeconds);
          expect(measured).not.toBeNull();
          expect(modelled).not.toBeNull();
          expect(modelled!).toBeGreaterThanOrEqual(0.9 * measured!);
        },
      ),
      // Seeded so CI is repeatable (unseeded runs found the case above).
      { numRuns: Number(process.env.DERIVE_RUNS ?? 12), ...(process.env.DERIVE_RUNS ? {} : { seed: 20261202 }) },
    );
  });
});
