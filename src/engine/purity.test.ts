/**
 * STYLE.md rule 1, checked on the whole import graph: lint (`no-restricted-imports`) sees one file's
 * own imports, but a barrel can pull page state in behind it (`@/plan` re-exports the row codecs,
 * which read the display locale). Every module the engine reaches, directly or not, is listed here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '..');
const SPECIFIER = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]/g;

/** Files the engine must never reach: the page's locale state and UI, store, shell and worker code. */
const PAGE_DEPENDENT = [/^lib\/format\.ts$/, /^lib\/number-input\.ts$/, /^(features|components|store|app|worker)\//, /\.tsx$/];
const ALLOWED_PACKAGES = new Set(['zod']);

function resolveModule(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(SRC, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && readdirSafe(candidate) === null) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

function readdirSafe(path: string): string[] | null {
  try {
    return readdirSync(path);
  } catch {
    return null;
  }
}

/** Every source file and package reachable from `entries`. */
function importClosure(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2]!;
      const target = resolveModule(file, specifier);
      if (target === null) packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
      else queue.push(target);
    }
  }
  return { files, packages };
}

const engineFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? engineFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));

describe('the engine depends on nothing the page sets up', () => {
  const { files, packages } = importClosure(engineFiles(join(SRC, 'engine')));
  const reached = [...files].map((f) => relative(SRC, f).split('\\').join('/'));

  it('reaches no locale state, UI, store, shell or worker module, even through a barrel', () => {
    expect(reached.filter((f) => PAGE_DEPENDENT.some((p) => p.test(f)))).toEqual([]);
  });

  it('uses no package but zod', () => {
    expect([...packages].filter((p) => !ALLOWED_PACKAGES.has(p))).toEqual([]);
  });

  it('sees the modules it should (the walk is not vacuous)', () => {
    expect(reached).toEqual(expect.arrayContaining(['engine/index.ts', 'engine/warning-text.ts', 'lib/locale-format.ts', 'plan/core.ts', 'plan/schema.ts']));
  });
});
