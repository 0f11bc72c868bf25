/**
 * `npm run bench`: evaluatePlan / evaluateMeasured wall-clock times and a before/after check.
 *
 * The reference engine (a git worktree of the reference commit, default: where this branch left
 * main, `git merge-base HEAD main`) and this checkout's engine each run in a child process
 * (bench/run-cases.ts) on the same cases (bench/cases.ts). Runs alternate between the two, run by
 * run (and which goes first alternates), so a load spike on a shared machine hits both alike and the
 * ratios compare like with like.
 * Every case's result must equal the reference to 1e-9 relative (numbers) and exactly (everything
 * else). Timings are medians after a warm-up; read ratios rather than absolute figures. Both
 * engines are bundled first (`bundleEngine`), as the app and the CLI ship them.
 *
 *   npm run bench                      everything (5 000 and 10 000 VMs too; several minutes)
 *   npm run bench -- --quick           without 5 000 / 10 000 VMs
 *   npm run bench -- --against <rev>   another reference commit
 *   npm run bench -- --ignore a,b      leave fields named a or b out of the equality check (changed shape on purpose)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const big = !args.includes('--quick');
const git = (...a: string[]) => execFileSync('git', a, { cwd: here, encoding: 'utf8' }).trim();

const sha = git('rev-parse', option('--against') ?? git('merge-base', 'HEAD', 'main'));
const cache = join(here, '.bench-cache'); // git-ignored; outside node_modules so the reference tree's @/ paths resolve
mkdirSync(cache, { recursive: true });
const refTree = join(cache, `tree-${sha.slice(0, 12)}`);
if (!existsSync(refTree)) {
  git('worktree', 'add', '--detach', refTree, sha);
  symlinkSync(join(here, 'node_modules'), join(refTree, 'node_modules'));
}

/**
 * One checkout's engine and plan parser as a single ES module, built the way the shipped code is
 * (one bundle, no per-file helpers such as the name-keeping wrappers an on-the-fly compiler adds):
 * what is timed is what runs in the browser and the CLI.
 */
async function bundleEngine(root: string, outfile: string): Promise<string> {
  await build({
    stdin: { contents: "export * from './src/engine/index.ts';\nexport { parsePlan } from './src/plan/index.ts';\n", resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.node.json'),
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** A child process serving one checkout's engine; `ask` sends one request and awaits its answer line. */
function server(root: string, bundle: string) {
  const child = spawn(join(here, 'node_modules', '.bin', 'tsx'), ['--tsconfig', join(root, 'tsconfig.node.json'), join(here, 'bench', 'run-cases.ts'), root, bundle, ...(big ? ['--big'] : [])], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async ask<T>(req: object): Promise<T> {
      child.stdin.write(`${JSON.stringify(req)}\n`);
      const next = await lines.next();
      if (next.done) throw new Error(`the engine of ${root} stopped`);
      return JSON.parse(next.value) as T;
    },
    close: () => child.stdin.end(),
  };
}

console.log(`Reference: ${sha.slice(0, 12)} (${refTree}) vs this checkout.`);
const before = server(refTree, await bundleEngine(refTree, join(cache, `engine-${sha.slice(0, 12)}.mjs`)));
const after = server(here, await bundleEngine(here, join(cache, 'engine-this-checkout.mjs')));
const { cases } = await after.ask<{ cases: { name: string; runs: number }[] }>({ op: 'list' });
const rows: { name: string; before: number; after: number; runs: number }[] = [];
const compared: { name: string; before: unknown; after: unknown }[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const c of cases) {
  const b = (await before.ask<{ result: unknown }>({ op: 'result', name: c.name })).result;
  const a = (await after.ask<{ result: unknown }>({ op: 'result', name: c.name })).result;
  compared.push({ name: c.name, before: b, after: a });
  if (c.runs === 0) continue;
  const tb: number[] = [];
  const ta: number[] = [];
  for (let k = 0; k < c.runs; k++) {
    // Which engine goes first alternates too: the second of a pair measured slower by 10–20 % in
    // a run of the same code against itself.
    const time = async (engine: typeof before, into: number[]) => into.push((await engine.ask<{ ms: number }>({ op: 'time', name: c.name })).ms);
    if (k % 2 === 0) {
      await time(before, tb);
      await time(after, ta);
    } else {
      await time(after, ta);
      await time(before, tb);
    }
  }
  rows.push({ name: c.name, before: median(tb), after: median(ta), runs: c.runs });
  process.stdout.write('.');
}
before.close();
after.close();

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
console.log(`\n\nMedians after a warm-up; before and after alternate run by run. Shared machine: figures are noisy.\n`);
console.log(`${'case'.padEnd(40)} ${'before'.padStart(12)} ${'after'.padStart(12)} ${'ratio'.padStart(7)}  runs`);
for (const r of rows) {
  console.log(`${r.name.padEnd(40)} ${ms(r.before).padStart(12)} ${ms(r.after).padStart(12)} ${`×${(r.before / r.after).toFixed(2)}`.padStart(7)}  ${r.runs}`);
}

// The equality check; `--ignore a,b` leaves out fields that changed shape on purpose since the reference.
const REL = 1e-9;
const ignored = new Set((option('--ignore') ?? '').split(',').filter(Boolean));
if (ignored.size) console.log(`Fields left out of the comparison: ${[...ignored].join(', ')}.`);
function diff(a: unknown, b: unknown, path: string, out: string[], worst: { rel: number }): void {
  if (out.length >= 5) return;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) && Number.isNaN(b)) return;
    if (a === b) return;
    const rel = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300);
    // Values that are zero up to rounding (|x| < 1e-6 of a unit) compare absolutely.
    if (Math.abs(a - b) < 1e-6 && Math.max(Math.abs(a), Math.abs(b)) < 1e-3) return;
    worst.rel = Math.max(worst.rel, rel);
    if (rel > REL) out.push(`${path}: ${a} vs ${b} (rel ${rel.toExponential(2)})`);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: length ${a.length} vs ${b.length}`);
    else a.forEach((x, i) => diff(x, b[i], `${path}[${i}]`, out, worst));
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !ignored.has(k)));
    for (const k of keys) diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out, worst);
    return;
  }
  if (a !== b) out.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}

let failures = 0;
let worstRel = 0;
for (const { name, before: b, after: a } of compared) {
  const problems: string[] = [];
  const worst = { rel: 0 };
  diff(b, a, '', problems, worst);
  worstRel = Math.max(worstRel, worst.rel);
  if (problems.length) {
    failures++;
    console.log(`\n✗ ${name}\n  ${problems.join('\n  ')}`);
  }
}
console.log(
  `\nBefore/after equality: ${compared.length - failures}/${compared.length} cases equal to ${REL} relative (largest difference ${worstRel.toExponential(2)}).`,
);
if (failures) process.exitCode = 1;
