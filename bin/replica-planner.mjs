#!/usr/bin/env node
/**
 * `replica-planner plan.json [--format json|text]` (also `npm run plan -- …`): runs the CLI bundled
 * into one file (dist-cli/replica-planner.mjs), which starts in a fraction of the time the source
 * tree takes to compile on the fly. In a checkout the bundle is rebuilt first whenever a source
 * file it is built from is newer (about a second, once); a packed tarball carries the bundle only.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist-cli', 'replica-planner.mjs');
const sources = ['src/cli', 'src/engine', 'src/plan', 'src/lib', 'vite.cli.config.ts', 'package-lock.json'].map((p) => join(root, p));

/** Newest modification time under `path` (a file or a folder), ms. */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), stat.mtimeMs);
}

if (existsSync(join(root, 'src', 'cli')) && (!existsSync(bundle) || sources.some((p) => newest(p) > statSync(bundle).mtimeMs))) {
  process.stderr.write('Building the command-line tool (once after each source change)…\n');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.cli.config.ts'), root, logLevel: 'warn' });
}
await import(pathToFileURL(bundle).href);
