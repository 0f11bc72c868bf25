/**
 * Child of `npm run bench`: serves the bench cases with the engine of the checkout it runs in
 * (this tree, or a worktree of the reference commit). One JSON request per stdin line, one JSON
 * answer per stdout line, so the parent can interleave the two engines run by run:
 *   {"op":"list"}                 → {"cases":[{"name","runs"}…]}
 *   {"op":"result","name":…}      → {"result":…}   (the evaluation, plain JSON; also a warm-up)
 *   {"op":"time","name":…}        → {"ms":…}       (one timed evaluation)
 * Started as: tsx --tsconfig <root>/tsconfig.node.json bench/run-cases.ts <root> <engine bundle> [--big], where the
 * bundle is that checkout's engine and `parsePlan` built by esbuild (see `bundleEngine` in engine.bench.ts).
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { benchCases, type BenchCase } from './cases';

interface Engine {
  evaluatePlan(plan: unknown): unknown;
  evaluateMeasured(plan: unknown, input: unknown): unknown;
}
interface PlanModule {
  parsePlan(input: unknown): { ok: true; plan: unknown } | { ok: false; issues: { path: string; message: string }[] };
}

const [root, bundle, ...flags] = process.argv.slice(2);
if (!root || !bundle) throw new Error('usage: run-cases.ts <root> <engine bundle> [--big]');
// The engine as the app and the CLI ship it: bundled, not compiled file by file on the fly.
const engine = (await import(pathToFileURL(bundle).href)) as Engine & PlanModule;
const planModule: PlanModule = engine;
const cases = new Map<string, BenchCase>(benchCases({ big: flags.includes('--big') }).map((c) => [c.name, c]));
const parsed = new Map<string, unknown>();

function evaluate(name: string): unknown {
  const c = cases.get(name);
  if (!c) throw new Error(`no case ${name}`);
  if (!parsed.has(name)) {
    const p = planModule.parsePlan(c.input);
    if (!p.ok) throw new Error(`${c.name}: ${p.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    parsed.set(name, p.plan);
  }
  const plan = parsed.get(name);
  return c.kind === 'plan' ? engine.evaluatePlan(plan) : engine.evaluateMeasured(plan, c.measured);
}

for await (const line of createInterface({ input: process.stdin })) {
  const req = JSON.parse(line) as { op: 'list' | 'result' | 'time'; name?: string };
  let answer: unknown;
  if (req.op === 'list') answer = { cases: [...cases.values()].map((c) => ({ name: c.name, runs: c.runs })) };
  else if (req.op === 'result') answer = { result: evaluate(req.name!) };
  else {
    const t0 = performance.now();
    evaluate(req.name!);
    answer = { ms: performance.now() - t0 };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
