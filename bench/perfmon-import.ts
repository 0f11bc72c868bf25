import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { evaluateMeasured } from '@/engine';
import { buildVmSeries } from '@/features/measured/analysis/vm-series';
import { summariseSeries } from '@/features/measured/analysis/vm-summary';
import { measuredInput } from '@/features/measured/analysis/measured-input';
import { inventoryCsv, perfmonLines, type FixtureOptions } from '@/features/measured/fixtures/perfmon-fixture';
import { parseInventoryCsv } from '@/features/measured/inventory/inventory-csv';
import { matchCounters } from '@/features/measured/inventory/matching';
import { CHUNK_BYTES, createChunkFeeder, PDH_CSV_CONFIG } from '@/features/measured/perfmon/csv-driver';
import type { ParseOutcome } from '@/features/measured/perfmon/types';
import { parsePlan } from '@/plan';

/**
 * `npm run bench:import`: the perfmon import core (papaparse streaming + the PDH reader, the same
 * code the worker runs) on generated files: a week of 60-second samples for 100 virtual disks
 * (~10 k rows × 100 columns) and a ~200 MB file; then the measured-period analysis of the week.
 * Files are generated once into the temp folder. Memory (live, after a forced collection) is
 * sampled after every chunk: it follows the series kept, not the file size.
 */
const CASES: { label: string; file: string; options: FixtureOptions }[] = [
  { label: '7 d × 60 s × 100 disks', file: 'perfmon-week-100.csv', options: { days: 7, intervalSeconds: 60, vmCount: 50, disksPerVm: 2 } },
  { label: '7 d × 4 s × 100 disks (~200 MB)', file: 'perfmon-200mb.csv', options: { days: 7, intervalSeconds: 4, vmCount: 50, disksPerVm: 2 } },
];

async function generate(path: string, options: FixtureOptions): Promise<void> {
  if (existsSync(path)) return;
  const out = createWriteStream(path);
  for (const line of perfmonLines(options)) if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
}

const mb = (bytes: number) => bytes / 2 ** 20;

function parseFile(path: string): Promise<{ outcome: ParseOutcome; seconds: number; peakHeapMB: number; chunks: number }> {
  return new Promise((resolve) => {
    const feeder = createChunkFeeder();
    let peak = 0;
    let chunks = 0;
    let failed: ParseOutcome | null = null;
    let gcSeconds = 0;
    const t0 = performance.now();
    // Live memory, not garbage: with --expose-gc, collect before each sample (its time is not counted).
    const gc = (globalThis as { gc?: () => void }).gc;
    const sample = () => {
      chunks++;
      if (gc) {
        const g0 = performance.now();
        gc();
        gcSeconds += (performance.now() - g0) / 1000;
      }
      const m = process.memoryUsage();
      peak = Math.max(peak, m.heapUsed + m.arrayBuffers);
    };
    Papa.parse(createReadStream(path, { highWaterMark: CHUNK_BYTES, encoding: 'utf8' }) as unknown as File, {
      ...PDH_CSV_CONFIG,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        const issue = feeder.feed(results);
        sample();
        if (issue) {
          failed = { ok: false, issue };
          parser.abort();
        }
      },
      complete() {
        const outcome = failed ?? feeder.finish();
        sample();
        resolve({ outcome, seconds: (performance.now() - t0) / 1000 - gcSeconds, peakHeapMB: mb(peak), chunks });
      },
    });
  });
}

async function main(): Promise<void> {
  console.log(`node ${process.version}; files in ${tmpdir()}`);
  for (const c of CASES) {
    const path = join(tmpdir(), c.file);
    const g0 = performance.now();
    await generate(path, c.options);
    const size = statSync(path).size;
    if (performance.now() - g0 > 1000) console.log(`  generated ${c.file} in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
    (globalThis as { gc?: () => void }).gc?.();
    const baseline = process.memoryUsage();
    const { outcome, seconds, peakHeapMB, chunks } = await parseFile(path);
    if (!outcome.ok) throw new Error(`line ${outcome.issue.line}: ${outcome.issue.message}`);
    const m = outcome.measurement;
    const kept = m.counters.reduce((s, k) => s + k.values.byteLength, 0);
    console.log(
      `${c.label.padEnd(34)} ${mb(size).toFixed(0).padStart(4)} MB  ${String(m.rows).padStart(7)} rows × ${m.counters.length} columns  ` +
        `${seconds.toFixed(2).padStart(6)} s  ${(mb(size) / seconds).toFixed(0).padStart(3)} MB/s  ` +
        `peak live heap+buffers ${(peakHeapMB - mb(baseline.heapUsed + baseline.arrayBuffers)).toFixed(0)} MB above baseline  (series kept: ${mb(kept).toFixed(0)} MB; ${chunks} chunks)`,
    );
    {
      const inv = parseInventoryCsv(inventoryCsv(c.options));
      if (!inv.ok) throw new Error(inv.issue.message);
      // What the page does on the main thread after the import: match, sum per VM, summarise.
      const s0 = performance.now();
      const vms = buildVmSeries(m, inv.disks, matchCounters(m.counters, inv.disks));
      for (const vm of vms) summariseSeries(vm.bytesPerSecond, m.startMs, m.intervalSeconds);
      console.log(`  match, per-VM series and summaries of ${vms.length} VMs (main thread): ${(performance.now() - s0).toFixed(0)} ms`);
      const plan = parsePlan({ link: { uplinkMbps: 100 }, vms: [{ name: 'placeholder', disks: [{ sizeGB: 1 }] }] });
      if (!plan.ok) throw new Error('plan');
      const input = measuredInput(plan.plan, vms, m.startMs, m.intervalSeconds, 15 * 60);
      evaluateMeasured(plan.plan, input); // warm-up
      const a0 = performance.now();
      const r = evaluateMeasured(plan.plan, input);
      console.log(
        `  measured analysis of ${vms.length} VMs over ${r.days.length} days (week replay + both uplink searches): ${(performance.now() - a0).toFixed(0)} ms`,
      );
    }
  }
}

void main();
