/**
 * The plans `npm run bench` times and compares before/after: both examples, generated plans
 * (50, 1 000 in two frequency mixes, 5 000 VMs, and 10 000 as 5 000 groups of two copies), 40 random plans from the property-test
 * arbitraries (a fixed seed, so the same plans every run) and three measured replays.
 * Cases are plain inputs: whichever engine is measured parses them with its own `parsePlan`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { mulberry32 } from '@/lib/mulberry32';
import type { PlanInput } from '@/plan';
import { arbLightPlanInput, arbPlanInput } from '@/test/arbitraries';
import { generatePlan, THIRDS } from './generate';

export interface PlanCase {
  kind: 'plan';
  name: string;
  input: unknown;
  /** Timed runs in the table (0 = compared only). */
  runs: number;
}

/** A measured replay: a plan plus per-VM write rates (the shape `evaluateMeasured` takes). */
export interface MeasuredCase {
  kind: 'measured';
  name: string;
  input: unknown;
  measured: { stepSeconds: number; startSecondOfDay: number; targetRpoSeconds: number; vms: { id: string; name: string; frequencySeconds: number; bytesPerSecond: number[] }[] };
  runs: number;
}

export type BenchCase = PlanCase | MeasuredCase;

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/examples/${name}.json`, import.meta.url), 'utf8')) as unknown;

/** Every case, or only the ones a quick run needs (no 5 000 / 10 000 VMs). */
export function benchCases(opts: { big: boolean }): BenchCase[] {
  const cases: BenchCase[] = [
    { kind: 'plan', name: 'branch-office.json', input: example('branch-office'), runs: 20 },
    { kind: 'plan', name: 'datacenter.json', input: example('datacenter'), runs: 20 },
    { kind: 'plan', name: 'typical: 50 VMs, 5 min', input: generatePlan(50, [0, 1, 0]), runs: 20 },
    { kind: 'plan', name: '1000 VMs, 10/70/20 % mix', input: generatePlan(1000, [0.1, 0.7, 0.2]), runs: 5 },
    { kind: 'plan', name: '1000 VMs, thirds', input: generatePlan(1000, THIRDS), runs: 5 },
  ];
  cases.push({ kind: 'plan', name: 'derived: 200 VMs, 5-minute bursts', input: withBursts(generatePlan(200, THIRDS, 7)), runs: 5 });
  if (opts.big) {
    cases.push({ kind: 'plan', name: '5000 VMs, 10/70/20 % mix', input: generatePlan(5000, [0.1, 0.7, 0.2]), runs: 3 });
    // A plan holds at most 5 000 VM entries: 10 000 VMs are 5 000 groups of two copies.
    const doubled = generatePlan(5000, [0.1, 0.7, 0.2], 2);
    cases.push({ kind: 'plan', name: '10000 VMs (5000 × 2), 10/70/20 %', input: { ...doubled, vms: doubled.vms.map((vm) => ({ ...vm, count: 2 })) }, runs: 1 });
  }
  // Random plans (compared, not timed): loaded ones and light ones, as the property tests draw them.
  const heavy = fc.sample(arbPlanInput, { seed: 13, numRuns: 25 });
  const light = fc.sample(arbLightPlanInput, { seed: 31, numRuns: 15 });
  [...heavy, ...light].forEach((input: PlanInput, k) => cases.push({ kind: 'plan', name: `random plan ${k + 1}`, input, runs: 0 }));
  cases.push(measuredCase('measured: 20 VMs, 7 days @ 60 s', 20, 7 * 1440, 60, 5));
  cases.push(measuredCase('measured: 200 VMs, 2 days @ 300 s', 200, 2 * 288, 300, 3));
  cases.push(measuredCase('measured: 5 VMs, 1 day @ 20 s, slow link', 5, 4320, 20, 1, 0.05));
  return cases;
}

/**
 * A plan as derived from measurements (schema v3): every third VM writes in 5-minute steps in
 * three hours of its day (a burst: a third of the hour's writes in one step), evenly otherwise.
 */
function withBursts(plan: PlanInput): PlanInput {
  const burst = [4, 0.4, 0.4, 0.4, 0.4, 1.6, 1.6, 1, 0.4, 0.4, 0.4, 1];
  return {
    ...plan,
    vms: plan.vms!.map((vm, i) => {
      if (i % 3 !== 0) return vm;
      const hours = new Set([(i * 5) % 24, (i * 5 + 7) % 24, (i * 5 + 13) % 24]);
      return { ...vm, withinHourWeights: Array.from({ length: 24 }, (_, h) => (hours.has(h) ? burst : null)) };
    }),
  };
}

/** Bursty write rates (a daily wave plus random spikes) for `vms` VMs at mixed frequencies. */
function measuredCase(name: string, vms: number, slots: number, stepSeconds: number, runs: number, uplinkScale = 1): MeasuredCase {
  const rnd = mulberry32(vms * 7919 + slots);
  const freqs = [30, 300, 900] as const;
  const list = Array.from({ length: vms }, (_, i) => {
    const base = 2e5 + rnd() * 3e6; // bytes/s
    const bytesPerSecond = Array.from({ length: slots }, (_, k) => {
      const hour = ((k * stepSeconds) / 3600) % 24;
      const wave = hour >= 8 && hour < 18 ? 2.5 : 0.6;
      const spike = rnd() < 0.01 ? 10 : 1;
      return rnd() < 0.02 ? 0 : base * wave * spike * (0.5 + rnd());
    });
    return { id: `vm${i + 1}`, name: `VM ${i + 1}`, frequencySeconds: freqs[i % 3]!, bytesPerSecond };
  });
  const meanMbps = (list.reduce((s, vm) => s + vm.bytesPerSecond.reduce((a, b) => a + b, 0) / slots, 0) * 8) / 1e6;
  return {
    kind: 'measured',
    name,
    input: { name, replication: { maxActiveTransfers: 8 }, link: { uplinkMbps: Math.round(meanMbps * 1.2 * uplinkScale * 100) / 100 }, vms: [{ id: 'x', name: 'X', disks: [{ name: 'D', sizeGB: 100, usedGB: 50, churnGBPerDay: 1 }] }] },
    measured: { stepSeconds, startSecondOfDay: 3600, targetRpoSeconds: 1800, vms: list },
    runs,
  };
}
