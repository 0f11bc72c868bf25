/**
 * The command line's measured path: the same reader, replay and derive as the browser, on the
 * hand-built host (fixtures/synthetic-host.ts); errors as clear messages with the plan's exit codes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticInventoryCsv, syntheticPerfmonCsv } from '@/features/measured/fixtures/synthetic-host';
import { GiB, MiB } from '@/test/factories';
import { runMeasuredCli, type MeasuredArgs } from './measured';

let dir: string;
const file = (name: string) => join(dir, name);
const args = (overrides: Partial<MeasuredArgs> = {}): MeasuredArgs => ({
  perfmon: file('churn.csv'),
  inventory: file('inventory.csv'),
  plan: file('base.json'),
  targetRpoMinutes: null,
  format: 'json',
  derive: { day: 'percentile', percentile: 95, days: 'all', growthPercent: 0 },
  ...overrides,
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'replica-measured-'));
  writeFileSync(file('churn.csv'), syntheticPerfmonCsv());
  writeFileSync(file('inventory.csv'), syntheticInventoryCsv());
  writeFileSync(
    file('base.json'),
    JSON.stringify({ schemaVersion: 1, name: 'Synthetic host', replication: { compression: false, targetRpoMinutes: 15 }, link: { uplinkMbps: 100, efficiencyPercent: 100 }, vms: [{ name: 'VM 1', disks: [{ sizeGB: 80 }] }] }),
  );
  writeFileSync(file('empty.csv'), '');
  writeFileSync(file('bad.json'), '{ "link": { "uplinkMbps": -1 }, "vms": [] }');
});

describe('npm run plan -- --measured … --inventory …', () => {
  it('prints the measured figures, the derived plan and its full result, with the hand-checked numbers', async () => {
    const out = await runMeasuredCli(args());
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout!);
    // STEADY01 2 MiB/s all week with Wednesday blank: 168.75 GiB a day over the sampled time, 6/7 sampled.
    expect(json.measured.vms[0]).toMatchObject({ name: 'STEADY01' });
    expect(json.measured.vms[0].averageRawBytesPerDay / GiB).toBeCloseTo(168.75, 9);
    expect(json.measured.vms[0].sampledPercent).toBeCloseTo(600 / 7, 9);
    expect(json.measured.vms[1].averageRawBytesPerDay / MiB).toBeCloseTo(90_600, 6);
    // 100 %: (12 000 + 600 + 30) MiB within 300 s = 353.16 Mbps (search within 1 %).
    const met100 = (12_630 * MiB * 8) / 300 / 1e6;
    expect(json.measured.uplinkMbpsFor100Percent).toBeGreaterThanOrEqual(met100 * 0.999);
    expect(json.measured.uplinkMbpsFor100Percent).toBeLessThanOrEqual(met100 * 1.011);
    expect(json.measured.uplinkMbpsFor90Percent).toBeLessThan(json.measured.uplinkMbpsFor100Percent);
    // The derived plan: the placeholder VM 1 gone, the three measured VMs in, with evidence and provenance.
    expect(json.derivedPlan.vms.map((v: { name: string }) => v.name)).toEqual(['STEADY01', 'NIGHTLY01', 'BIZ01']);
    expect(json.derivedPlan.measured.requiredUplinkMbps.met100).toBe(json.measured.uplinkMbpsFor100Percent);
    expect(json.derivedPlan.vms[1].provenance).toMatchObject({ churn: 'measured', profile: 'measured' });
    // …and its result agrees with the week within 10 %.
    const modelled = json.derived.bandwidth.requiredUplinkMbps.targetRpo;
    expect(Math.abs(modelled - json.measured.uplinkMbpsFor100Percent)).toBeLessThanOrEqual(0.1 * json.measured.uplinkMbpsFor100Percent);
    expect(json.derived.stable).toBe(true);
  });

  it('text: coverage warning, both answers, what was derived, and the verdict taking the worse', async () => {
    const out = await runMeasuredCli(args({ format: 'text', targetRpoMinutes: 15 }));
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Every VM sampled in 85.4 % of the period — WARNING');
    expect(out.stdout).toMatch(/Uplink to meet it 100 % of the time: 35\d Mbps/);
    expect(out.stdout).toContain('Derived from the 95th-percentile day of each hour (all days): added STEADY01, NIGHTLY01, BIZ01; removed VM 1 (not measured)');
    expect(out.stdout).toContain('Bursts kept in 5-minute steps: NIGHTLY01');
    expect(out.stdout).toContain('Replaying the measured week at 100 Mbps misses the 15 min target');
  });

  it('says when the target was assumed, and derives the average weekday on request', async () => {
    writeFileSync(file('no-target.json'), JSON.stringify({ replication: { compression: false }, vms: [{ name: 'VM 1', disks: [{ sizeGB: 80 }] }] }));
    const out = await runMeasuredCli(args({ plan: file('no-target.json'), format: 'text', derive: { day: 'average', percentile: 95, days: 'weekdays', growthPercent: 0 } }));
    expect(out.stdout).toContain('target RPO 15 min, assumed: the plan has none');
    expect(out.stdout).toContain('Derived from the average weekday (Monday–Friday)');
  });

  it('fails with the file and line named, exit code 1 for files and 2 for an invalid plan', async () => {
    expect(await runMeasuredCli(args({ inventory: file('empty.csv') }))).toMatchObject({ code: 1, stderr: expect.stringContaining('empty.csv, line 1: The inventory file is empty') });
    expect(await runMeasuredCli(args({ perfmon: file('missing.csv') }))).toMatchObject({ code: 1, stderr: expect.stringContaining('missing.csv: cannot read the perfmon file (ENOENT)') });
    expect(await runMeasuredCli(args({ perfmon: file('inventory.csv') }))).toMatchObject({ code: 1, stderr: expect.stringContaining('inventory.csv, line 1') });
    const bad = await runMeasuredCli(args({ plan: file('bad.json') }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('link.uplinkMbps: must be at least 0.001');
  });

  it('runs as a command with the same exit codes (arguments checked before any work)', async () => {
    const run = (...a: string[]) =>
      promisify(execFile)('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'src/cli/main.ts', ...a], { cwd: process.cwd() }).then(
        (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
      );
    const missing = await run('--measured', file('churn.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--measured and --inventory go together');
    const ok = await run('--measured', file('churn.csv'), '--inventory', file('inventory.csv'), '--plan', file('base.json'), '--target-rpo', '15', '--format', 'json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).derived.bandwidth.requiredUplinkMbps.targetRpo).toBeGreaterThan(340);
    expect((await run('--measured', 'a.csv', '--inventory', 'b.csv', '--target-rpo', 'soon')).stderr).toContain('--target-rpo must be a number of minutes from 0.5 to 10080, not "soon"');
  }, 120_000);
});
