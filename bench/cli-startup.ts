/**
 * `npm run bench:cli`: wall-clock time of one CLI run on the small example (start-up dominates:
 * the evaluation itself takes milliseconds), the bundled CLI (`bin/replica-planner.mjs`, as
 * `npx replica-planner` runs it) against compiling the source tree on the fly with tsx (how
 * `npm run plan` ran before). Medians of 7 runs; noisy on a shared machine.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = 'public/examples/branch-office.json';
const RUNS = 7;

function median(command: string, args: string[]): number {
  const samples: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    execFileSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

execFileSync(process.execPath, ['bin/replica-planner.mjs', example], { cwd: root, stdio: 'ignore' }); // builds the bundle if stale
const node = median(process.execPath, ['-e', '0']);
const bundled = median(process.execPath, ['bin/replica-planner.mjs', example]);
const tsx = median(`${root}node_modules/.bin/tsx`, ['--tsconfig', 'tsconfig.node.json', 'src/cli/main.ts', example]);
console.log(`CLI on ${example}, median of ${RUNS} runs (shared machine: noisy):`);
console.log(`  node alone (no script)          ${node.toFixed(0).padStart(6)} ms`);
console.log(`  bundled CLI (replica-planner)   ${bundled.toFixed(0).padStart(6)} ms`);
console.log(`  source via tsx (before)         ${tsx.toFixed(0).padStart(6)} ms   ×${(tsx / bundled).toFixed(1)}`);
