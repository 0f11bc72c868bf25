/**
 * `npm run bench:pool`: what the worker pool gains. Each plan is evaluated on one thread
 * (`evaluatePlan`) and spread over 2 and `availableParallelism()` node worker_threads
 * (`evaluatePlanWith`, the same tasks and plan-once-per-worker protocol as the page's pool), with
 * medians over `--runs` timed runs after a warm-up. Every pooled result must deep-equal the
 * one-thread result (the run fails otherwise).
 *
 *   npm run bench:pool                   both examples, 1 000 and 5 000 VMs
 *   npm run bench:pool -- --quick        without 5 000 VMs
 *   npm run bench:pool -- --runs 5       timed runs per plan and mode (default 3)
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { evaluatePlan, evaluatePlanWith, type EvalTask, type EvalTaskResult, type PlanResult } from '@/engine';
import { parsePlan, type Plan } from '@/plan';
import type { EngineResponse, TaskRequest } from '@/worker/protocol';
import { generatePlan } from './generate';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const quick = args.includes('--quick');

function load(input: unknown, label: string): Plan {
  const parsed = parsePlan(input);
  if (!parsed.ok) throw new Error(`${label}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return parsed.plan;
}
const example = (name: string) => load(JSON.parse(readFileSync(new URL(`../public/examples/${name}.json`, import.meta.url), 'utf8')), name);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// worker_threads do not inherit tsx's loader: each worker registers it (with the tsconfig that maps `@/`), then loads its script.
const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => {
  register({ tsconfig: ${JSON.stringify(fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)))} });
  return import(${JSON.stringify(new URL('./pool-worker.ts', import.meta.url).href)});
});`;

/** A pool of `size` worker_threads: tasks first come first served, each worker gets an evaluation's plan once. */
function nodePool(size: number) {
  const workers = Array.from({ length: size }, () => ({ worker: new Worker(bootstrap, { eval: true }), planKey: -1, busy: false }));
  const queue: { planKey: number; plan: Plan; task: EvalTask; done: (r: EvalTaskResult) => void; fail: (e: Error) => void }[] = [];
  let nextId = 1;
  const pump = () => {
    for (const slot of workers) {
      const job = slot.busy ? undefined : queue.shift();
      if (!job) continue;
      slot.busy = true;
      const request: TaskRequest = { id: nextId++, planKey: job.planKey, task: job.task, ...(slot.planKey === job.planKey ? {} : { plan: job.plan }) };
      slot.planKey = job.planKey;
      slot.worker.once('message', (response: EngineResponse) => {
        slot.busy = false;
        if ('ok' in response && response.ok) job.done(response.result as EvalTaskResult);
        else job.fail(new Error('error' in response ? response.error : 'unexpected progress message'));
        pump();
      });
      slot.worker.postMessage(request);
    }
  };
  let nextPlanKey = 1;
  return {
    size,
    evaluate(plan: Plan): Promise<PlanResult> {
      const planKey = nextPlanKey++;
      const runTask = (task: EvalTask) =>
        new Promise<EvalTaskResult>((done, fail) => {
          queue.push({ planKey, plan, task, done, fail });
          pump();
        });
      return evaluatePlanWith(plan, runTask, { whatIfChunks: 2 * size });
    },
    close: () => Promise.all(workers.map((w) => w.worker.terminate())),
  };
}

async function time<T>(f: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await f();
  return { ms: performance.now() - t0, result };
}

const cores = availableParallelism();
const sizes = [...new Set([2, cores])];
const plans: [string, Plan][] = [
  ['branch-office.json', example('branch-office')],
  ['datacenter.json', example('datacenter')],
  ['1 000 VMs', load(generatePlan(1000), '1 000 VMs')],
  ...(quick ? [] : ([['5 000 VMs', load(generatePlan(5000), '5 000 VMs')]] as [string, Plan][])),
];
console.log(`${cores} cores (availableParallelism); pools of ${sizes.join(' and ')} workers; median of ${runs} runs after a warm-up.`);
const pools = sizes.map(nodePool);
const rows: string[][] = [['plan', 'one thread', ...sizes.map((n) => `pool of ${n}`), ...sizes.map((n) => `× (${n})`), 'equal']];
for (const [name, plan] of plans) {
  const single: number[] = [];
  const pooled: number[][] = sizes.map(() => []);
  let equal = true;
  // Modes alternate run by run, so a load spike on a shared machine hits them alike; run 0 warms up.
  for (let k = 0; k <= runs; k++) {
    const one = await time(() => evaluatePlan(plan));
    if (k > 0) single.push(one.ms);
    for (const [i, pool] of pools.entries()) {
      const many = await time(() => pool.evaluate(plan));
      if (k > 0) pooled[i]!.push(many.ms);
      equal &&= isDeepStrictEqual(many.result, one.result);
    }
  }
  const s = median(single);
  const p = pooled.map(median);
  rows.push([name, `${s.toFixed(0)} ms`, ...p.map((m) => `${m.toFixed(0)} ms`), ...p.map((m) => `${(s / m).toFixed(2)}`), equal ? 'yes' : 'NO']);
  console.log(rows.at(-1)!.join(' | '));
  if (!equal) process.exitCode = 1;
}
await Promise.all(pools.map((p) => p.close()));
console.log('\n| ' + rows[0]!.join(' | ') + ' |\n|' + rows[0]!.map(() => '---').join('|') + '|\n' + rows.slice(1).map((r) => `| ${r.join(' | ')} |`).join('\n'));
if (process.exitCode) console.error('A pooled result differs from the one-thread result.');
