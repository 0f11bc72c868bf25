#!/usr/bin/env node
/**
 * `replica-planner plan.json [--format json|text]` (also `npm run plan -- …`): runs the CLI bundled
 * into one file (dist-cli/replica-planner.cjs), which starts in a fraction of the time the source
 * tree takes to compile on the fly. In a checkout the bundle is rebuilt first whenever a source
 * file it is built from is newer (about a second, once); a packed tarball carries the bundle only.
 *
 * Start-up is most of a small plan's run, so the launcher keeps it short: the staleness check stats
 * only the files the bundle was built from (dist-cli/inputs.json, written by the build), and the
 * bundle is compiled with V8's code cache (dist-cli/replica-planner.<key>.cache, keyed by the
 * bundle's content and the Node version, written after the first run; where the folder is
 * read-only every run compiles afresh, as before).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';

// V8 optimises a function once it has run its interrupt budget of bytecode (66 KiB by default).
// The engine's simulation builds its closures afresh for every run, and optimising them that early
// mostly compiled code that was soon deoptimised and compiled again (--trace-opt, --trace-deopt).
// 16× the budget, measured on 2 cores: the branch-office example 203 → 143 ms, a 1 000-VM plan
// 1.47 → 1.05 s, the datacenter example's --options 0.78 → 0.49 s (8× and 32× did less well).
// The answers cannot change: only when V8 optimises, not what the code computes. Only on the V8
// it was measured with (Node 20): a V8 without the flag would print "unrecognized flag" on every run.
if (process.versions.v8.startsWith('11.')) setFlagsFromString('--interrupt-budget=1081344');

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist-cli');
const bundle = join(outDir, 'replica-planner.cjs');
const inputs = join(outDir, 'inputs.json');

const mtime = (file) => statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs;

/** Whether the bundle is missing or older than a source it was built from, the build config or the lockfile. */
function stale() {
  if (!existsSync(bundle) || !existsSync(inputs)) return true;
  const built = statSync(bundle).mtimeMs;
  // A source that is gone counts as changed: the build says what now imports what.
  const sources = JSON.parse(readFileSync(inputs, 'utf8'));
  return sources.some((f) => (mtime(f) ?? Infinity) > built) || ['vite.cli.config.ts', 'package-lock.json'].some((f) => (mtime(f) ?? 0) > built);
}

if (existsSync(join(root, 'src', 'cli')) && stale()) {
  process.stderr.write('Building the command-line tool (once after each source change)…\n');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.cli.config.ts'), root, logLevel: 'warn' });
}

const code = readFileSync(bundle);
const key = createHash('sha1').update(code).update(process.version).digest('hex').slice(0, 16);
const cacheFile = join(outDir, `replica-planner.${key}.cache`);
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // First run of this bundle with this Node: compiled afresh, cache written below.
}
// The CommonJS wrapper on the first line, so line numbers stay the bundle's own.
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, { filename: bundle, cachedData });
if (!cachedData || script.cachedDataRejected) {
  // After a run that answered (not --help, not an error), so the cache also holds the functions
  // compiled lazily on the way: the engine's and the output's.
  const help = process.argv.slice(2).some((arg) => arg === '-h' || arg === '--help');
  process.once('exit', (code) => {
    if (code !== 0 || help) return;
    try {
      for (const name of readdirSync(outDir)) if (/^replica-planner\..+\.cache$/.test(name)) rmSync(join(outDir, name), { force: true });
      writeFileSync(`${cacheFile}.${process.pid}`, script.createCachedData());
      renameSync(`${cacheFile}.${process.pid}`, cacheFile);
    } catch {
      // A read-only install: every run compiles the bundle, as without the cache.
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, outDir);
