/**
 * `npm run budget` (after `npm run build`): the JavaScript the first screen loads — the entry
 * script in dist/index.html and every chunk it preloads — must stay within 250 kB gzip.
 * Lazily loaded chunks (report, file dialogs, measured-churn import, the engine worker) are listed
 * but do not count. Exits 1 when over budget, so CI fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1000;
const DIST = new URL('../dist/', import.meta.url).pathname;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((m) => (m[1] ?? m[2])!),
);
if (initial.size === 0) throw new Error('dist/index.html names no module script: run `npm run build` first');

const gzip = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1).padStart(7)} kB`;

const chunks = readdirSync(join(DIST, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ file: `assets/${name}`, bytes: gzip(`assets/${name}`) }))
  .sort((a, b) => b.bytes - a.bytes);

let total = 0;
for (const chunk of chunks) {
  const first = initial.has(chunk.file);
  if (first) total += chunk.bytes;
  console.log(`${kb(chunk.bytes)}  ${first ? 'first screen' : 'lazy        '}  ${chunk.file}`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`First-screen JavaScript: ${kb(total).trim()} gzip, ${verdict} the ${BUDGET_BYTES / 1000} kB budget.`);
if (total > BUDGET_BYTES) process.exit(1);
