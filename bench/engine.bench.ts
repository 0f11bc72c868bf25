import { readFileSync } from 'node:fs';
import { evaluatePlan } from '@/engine';
import { parsePlan, type Plan } from '@/plan';
import { generatePlan, THIRDS } from './generate';

/**
 * `npm run bench`: wall-clock time of evaluatePlan (every simulation, search and the what-if
 * curve) on the example plans and a generated 1 000-VM plan. SPEC §6: typical ≪ 50 ms, 1 000 VMs < 2 s.
 */
function load(input: unknown, label: string): Plan {
  const parsed = parsePlan(input);
  if (!parsed.ok) throw new Error(`${label}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return parsed.plan;
}

function time(label: string, plan: Plan, runs: number): void {
  evaluatePlan(plan); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    evaluatePlan(plan);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const copies = plan.vms.reduce((s, vm) => s + vm.count, 0);
  console.log(
    `${label.padEnd(28)} ${String(plan.vms.length).padStart(5)} VMs (${copies} copies)  median ${median.toFixed(1).padStart(8)} ms  min ${samples[0]!.toFixed(1).padStart(8)} ms  max ${samples[samples.length - 1]!.toFixed(1).padStart(8)} ms  (${runs} runs)`,
  );
}

const example = (name: string) => JSON.parse(readFileSync(new URL(`../public/examples/${name}.json`, import.meta.url), 'utf8')) as unknown;

time('branch-office.json', load(example('branch-office'), 'branch-office'), 20);
time('datacenter.json', load(example('datacenter'), 'datacenter'), 20);
time('typical: 50 VMs, 5 min', load(generatePlan(50, [0, 1, 0]), 'typical'), 20);
time('1000 VMs, 10/70/20 % mix', load(generatePlan(1000, [0.1, 0.7, 0.2]), 'realistic'), 3);
time('1000 VMs, thirds 30s/5m/15m', load(generatePlan(1000, THIRDS), 'thirds'), 3);
