import { readFileSync } from 'node:fs';
import { parsePlan, type Plan } from '@/plan';
import { compareVariants, optimize } from '@/scenario';
import { generatePlan } from './generate';

/**
 * `npm run bench:options`: the optimizer (SPEC §5.9 "about a second" for the datacenter example)
 * and a comparison of five variants, on both examples and a generated 200-VM plan with four
 * priced line offers. Prints wall time and the number of engine runs.
 */
function load(input: unknown, label: string): Plan {
  const parsed = parsePlan(input);
  if (!parsed.ok) throw new Error(`${label}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return parsed.plan;
}

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

function bench(label: string, plan: Plan, runs: number): void {
  const times: number[] = [];
  let evaluations = 0;
  let options = 0;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const result = optimize(plan);
    times.push(performance.now() - t0);
    evaluations = result.evaluations;
    options = result.options.length;
  }
  const withVariants: Plan = {
    ...plan,
    variants: [1.25, 1.5, 2, 3, 4].map((f, i) => ({ id: `v${i}`, name: `× ${f}`, changes: [{ path: 'link.uplinkMbps', value: Math.round(plan.link.uplinkMbps * f * 1000) / 1000 }] })),
  };
  const t0 = performance.now();
  compareVariants(withVariants);
  const compareMs = performance.now() - t0;
  const copies = plan.vms.reduce((s, vm) => s + vm.count, 0);
  console.log(
    `${label.padEnd(24)} ${String(copies).padStart(5)} VM copies  optimizer median ${median(times).toFixed(0).padStart(6)} ms (${runs} runs), ${evaluations} engine runs, ${options} options;  compare 5 variants ${compareMs.toFixed(0).padStart(6)} ms`,
  );
}

const example = (name: string) => JSON.parse(readFileSync(new URL(`../public/examples/${name}.json`, import.meta.url), 'utf8')) as unknown;

bench('branch-office.json', load(example('branch-office'), 'branch-office'), 5);
bench('datacenter.json', load(example('datacenter'), 'datacenter'), 3);
const large = generatePlan(200, [0.1, 0.7, 0.2]);
const up = (large.link?.uplinkMbps ?? 2000) / 8; // a line that falls behind, so the search has work to do
bench(
  '200 VMs, 4 line offers',
  load(
    {
      ...large,
      link: { ...large.link, uplinkMbps: up },
      costs: { linkTiers: [1, 2, 4, 8].map((f, i) => ({ name: `Line ${i + 1}`, uplinkMbps: up * f, monthly: 500 * f ** 0.7 })), replicaStoragePerTBMonth: 15 },
    },
    '200 VMs',
  ),
  1,
);
