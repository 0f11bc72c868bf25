/**
 * The command-line tool as users run it: the one-file bundle (vite.cli.config.ts) started with
 * plain Node, from the checkout and from a packed tarball without node_modules. Its output must
 * be what the engine and the text summary give in-process (the bundle changes nothing).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { parsePlan, type Plan } from '@/plan';
import { makeDisk, makePlan, makeVm } from '@/test/factories';
import { textSummary } from './summary';

const root = fileURLToPath(new URL('../..', import.meta.url));
const example = join(root, 'public/examples/datacenter.json');
let dir = '';
let bundle = '';

function exampleInProcess(): { plan: Plan; json: unknown } {
  const parsed = parsePlan(JSON.parse(readFileSync(example, 'utf8')));
  if (!parsed.ok) throw new Error('the example does not parse');
  return { plan: parsed.plan, json: JSON.parse(JSON.stringify(evaluatePlan(parsed.plan))) };
}

const run = (file: string, args: string[], cwd = root) => spawnSync(process.execPath, [file, ...args], { cwd, encoding: 'utf8' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'replica-cli-'));
  await build({ configFile: join(root, 'vite.cli.config.ts'), root, logLevel: 'silent', build: { outDir: join(dir, 'out'), emptyOutDir: true } });
  bundle = join(dir, 'out', 'replica-planner.cjs');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled CLI', () => {
  it('prints the same JSON as evaluatePlan in-process (datacenter example)', () => {
    const out = run(bundle, [example, '--format', 'json']);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(exampleInProcess().json);
  });

  it('prints the same text summary', () => {
    const { plan } = exampleInProcess();
    const out = run(bundle, [example]);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(textSummary(plan, evaluatePlan(plan)));
  });

  it('stops quietly when the reader closes the pipe early (… | head -1)', () => {
    // The shell runs `head -1`, which exits after the first line of the long JSON output.
    const out = spawnSync('sh', ['-c', `"${process.execPath}" "${bundle}" "${example}" --format json | head -1`], { cwd: root, encoding: 'utf8' });
    expect(out.stdout).toBe('{\n');
    expect(out.stderr).toBe('');
  });

  it('names the field of an invalid plan and exits 2; a missing file exits 1', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ vms: [{ id: 'a', name: 'A', frequencySeconds: 42, disks: [{ name: 'D', sizeGB: 10, usedGB: 5, churnGBPerDay: 1 }] }] }));
    const invalid = run(bundle, [bad]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('vms[0].frequencySeconds');
    const missing = run(bundle, [join(dir, 'nope.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read the file');
  });

  it('runs from a packed tarball with no dependencies installed (npx replica-planner)', () => {
    const packed = join(dir, 'pack');
    execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    mkdirSync(packed);
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', packed]);
    const launcher = join(packed, 'package', 'bin', 'replica-planner.mjs');
    const caches = () => readdirSync(join(packed, 'package', 'dist-cli')).filter((f) => f.endsWith('.cache'));
    expect(run(launcher, ['--help'], packed).status).toBe(0);
    expect(caches()).toEqual([]); // a help text is no run to cache the engine from
    const out = run(launcher, [example, '--format', 'json'], packed);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(exampleInProcess().json);
    // The first answer leaves V8's code cache of the bundle; the next run compiles from it, same output.
    expect(caches()).toHaveLength(1);
    const cached = run(launcher, [example, '--format', 'json'], packed);
    expect(cached.stdout).toBe(out.stdout);
    expect(caches()).toHaveLength(1);
  }, 180_000);
});

describe('the text summary', () => {
  const summaryOf = (input: unknown) => {
    const parsed = parsePlan(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return textSummary(parsed.plan, evaluatePlan(parsed.plan));
  };

  it('counts a broken failure window in the UI’s words: plan VMs, then the copies they stand for', () => {
    // 100 GiB/day per copy is 100 × 8 × 2^30 / 86 400 s ≈ 9.9 Mbps; 4 copies ≈ 40 Mbps on a 1 Mbps
    // uplink: the backlog grows every day, so every copy breaks the window — 2 plan VMs, 4 copies.
    const heavy = makeDisk({ sizeGB: 2000, usedGB: 1000, churnGBPerDay: 100 });
    const text = summaryOf(
      makePlan({
        link: { uplinkMbps: 1 },
        vms: [makeVm({ id: 'web', name: 'WEB', count: 3, disks: [heavy] }), makeVm({ id: 'db', name: 'DB', disks: [heavy] })],
      }),
    );
    expect(text).toMatch(/Failure window \([^)]+\): BREACHED by 2 VMs \(4 copies\), first /);
    expect(text).not.toContain('VM(s)');
    // One VM of one copy: no copies named.
    const one = summaryOf(makePlan({ link: { uplinkMbps: 1 }, vms: [makeVm({ disks: [heavy] })] }));
    expect(one).toMatch(/BREACHED by 1 VM, first /);
  });
});
