import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '@/plan';
import { arbPlanInput } from '@/test/arbitraries';
import { makeDisk, makePlan, makeVm } from '@/test/factories';
import excelDe from './fixtures/inventory-excel-de.csv?raw';
import mixed from './fixtures/inventory-mixed.csv?raw';
import { csvStyleFor } from './csv';
import { gateInventory } from './inventory-gate';
import { inventoryIssueText, parseInventoryCsv } from './inventory-csv';
import { inventoryCsv, templateCsv } from './inventory-template';

const GiB = 2 ** 30;
const HEADER = 'VM name,Count,Disk name,Size (GiB),Used (GiB),Churn (GiB/day),Replicated,Workload,Frequency,Recovery points';

const parsed = (input: unknown): Plan => {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
};

/** Every field of a VM but its id (made from the name on import), to compare VMs before and after a trip through CSV. */
const inventoryFields = (vms: Plan['vms']) => vms.map(({ id: _id, ...fields }) => fields);

describe('parseInventoryCsv', () => {
  it('reads 2 good VMs and marks the bad row with its line and column', () => {
    const parse = parseInventoryCsv(mixed, 'binary');
    expect(parse.fatal).toEqual([]);
    expect(parse.vms.map((vm) => [vm.name, vm.disks.length, vm.lines])).toEqual([
      ['WEB01', 2, [2, 3]],
      ['DB02', 1, [4]],
    ]);
    expect(parse.issues.map(inventoryIssueText)).toEqual(['Line 5, Size (GiB): not a number ("lots")']);
    expect(parse.failedLines).toEqual([5]);
    expect(parse.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(parse.vms[0]).toMatchObject({ count: 2, workload: 'web', frequencySeconds: 300, recoveryPoints: 0 });
    expect(parse.vms[0]!.disks[1]).toEqual({ name: 'Content', sizeGB: 200, usedGB: 120, churnGBPerDay: 2, replicated: true });
  });

  it('reads Excel files with ";" and decimal commas, and converts a GB header into a GiB plan', () => {
    const parse = parseInventoryCsv(excelDe, 'binary');
    expect(parse.issues).toEqual([]);
    const [c, d] = parse.vms[0]!.disks;
    // 100 GB = 100 × 10^9 / 2^30 GiB = 93.13 GiB; 1.500,5 GB used; 2 % of that per day.
    expect(c!.sizeGB).toBeCloseTo((100 * 1e9) / GiB, 9);
    expect(c!.usedGB).toBeCloseTo((50.5 * 1e9) / GiB, 9);
    expect(c!.churnGBPerDay).toBeCloseTo((1.25 * 1e9) / GiB, 9);
    expect(d!.usedGB).toBeCloseTo((1500.5 * 1e9) / GiB, 9);
    expect(d!.churnGBPerDay).toBeCloseTo((0.02 * 1500.5 * 1e9) / GiB, 9);
    expect(parse.ignored).toEqual(['Owner']);
    expect(parse.notes).toContain(`"Size (GB)" is converted to GiB, the plan's unit.`);
  });

  it('takes a header without units in the plan unit', () => {
    const parse = parseInventoryCsv('Server,Capacity,Used\nA,100,50\n', 'decimal');
    expect(parse.vms[0]!.disks[0]).toEqual({ sizeGB: 100, usedGB: 50 });
  });

  it('refuses a VM whose rows disagree on a VM-level cell, naming both lines', () => {
    const parse = parseInventoryCsv(`${HEADER}\nWEB01,1,OS,60,,,,,5 min,\nweb01,,Data,100,,,,,15 min,\nOK,,OS,10,,,,,,\n`, 'binary');
    expect(parse.issues.map(inventoryIssueText)).toEqual(['Line 3, Frequency: differs from line 2 (5 min); a VM\'s rows must agree']);
    expect(parse.failedLines).toEqual([2, 3]);
    expect(parse.vms.map((vm) => vm.name)).toEqual(['OK']);
  });

  it('lets later rows of a VM leave VM-level cells empty', () => {
    const parse = parseInventoryCsv(`${HEADER}\nWEB01,3,OS,60,,,,SQL,30 s,2\nWEB01,,Data,100,,,no,,,\n`, 'binary');
    expect(parse.issues).toEqual([]);
    expect(parse.vms[0]).toMatchObject({ count: 3, workload: 'sql', frequencySeconds: 30, recoveryPoints: 2 });
    expect(parse.vms[0]!.disks[1]!.replicated).toBe(false);
  });

  it('names every bad cell of a row', () => {
    const parse = parseInventoryCsv(`${HEADER}\n,0.5,OS,0,-1,x,maybe,Mainframe,7 min,1.5\n`, 'binary');
    expect(parse.issues.map((i) => `${i.column}: ${i.message}`)).toEqual([
      'VM name: missing',
      'Count: must be a whole number of copies, at least 1 (not 0.5)',
      expect.stringMatching(/^Workload: unknown "Mainframe" \(use one of File server, SQL Server/),
      'Frequency: "7 min" is not 30 s, 5 min or 15 min',
      'Recovery points: must be a whole number from 0 (not 1.5)',
      'Used (GiB): cannot be negative',
      'Size (GiB): must be greater than 0',
      'Churn (GiB/day): not a number ("x")',
      'Replicated: "maybe" is not yes or no',
    ]);
    expect(parse.issues.every((i) => i.line === 2)).toBe(true);
  });

  it('stops at a file without a header naming the VM and size columns', () => {
    expect(parseInventoryCsv('', 'binary').fatal[0]).toMatch(/no rows/);
    expect(parseInventoryCsv('WEB01,60\n', 'binary').fatal[0]).toMatch(/^Line 1: no VM name column/);
    expect(parseInventoryCsv('\n\nName,Disk\nA,OS\n', 'binary').fatal[0]).toMatch(/^Line 3: no Size column\. Add one headed "Size \(GiB\)"/);
  });

  it('reports an unclosed quote on its line and leaves that VM out', () => {
    const parse = parseInventoryCsv(`${HEADER}\nA,1,OS,10,,,,,,\n"B,1,OS,10,,,,,,\n`, 'binary');
    expect(parse.vms.map((vm) => vm.name)).toEqual(['A']);
    expect(parse.issues[0]).toMatchObject({ line: 3, column: '' });
  });

  it('never throws on hostile text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\n', '1', '.', '%', 'Name', 'Size', '-', '=') }), (body) => {
        const parse = parseInventoryCsv(`VM name,Size,Used,Churn %,Count\n${body}`, 'binary');
        const gate = gateInventory(parsed(makePlan()), parse);
        for (const vm of gate.ready) expect(vm.disks.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('gateInventory', () => {
  it('checks the VMs against the plan settings and names line and column', () => {
    const plan2012 = parsed(makePlan({ replication: { windowsServer: '2012' } }));
    const parse = parseInventoryCsv(`${HEADER}\nFAST,1,OS,60,,,,,30 s,\nDEEP,1,OS,60,,,,,,20\nFINE,1,OS,60,,,,,,15\n`, 'binary');
    const gate = gateInventory(plan2012, parse);
    expect(gate.issues.map(inventoryIssueText)).toEqual([
      'Line 2, Frequency: Windows Server 2012 replicates every 300 s only',
      'Line 3, Recovery points: Windows Server 2012 keeps at most 15 additional recovery points',
    ]);
    expect(gate.failedLines).toEqual([2, 3]);
    expect(gate.ready.map((vm) => vm.name)).toEqual(['FINE']);
  });

  it('maps a disk-level issue to the disk row and a VM-level one to the first row', () => {
    const parse = parseInventoryCsv(`${HEADER}\nBIG,20000,OS,60,,,,,,\nBIG,,Data,70000,,,,,,\n`, 'binary');
    const gate = gateInventory(parsed(makePlan()), parse);
    expect(gate.issues.map(inventoryIssueText)).toEqual(['Line 2, Count: must be at most 10000', 'Line 3, Size (GiB): must be at most 65536']);
  });

  it('fills defaults from the workload preset and gives ids unique among the imported VMs', () => {
    const parse = parseInventoryCsv(`${HEADER}\nSQL 01,,OS,100,50,,,SQL Server,,\nsql-01!,,OS,100,,,,,,\n`, 'binary');
    const gate = gateInventory(parsed(makePlan()), parse);
    expect(gate.ready.map((vm) => vm.id)).toEqual(['sql-01', 'sql-01-2']);
    // SQL preset: 10 % of the used 50 GiB per day; the profile follows the preset.
    expect(gate.ready[0]).toMatchObject({ profile: 'business-hours', disks: [{ name: 'OS', churnGBPerDay: 5, replicated: true }] });
    // No used size: the whole disk counts as used.
    expect(gate.ready[1]!.disks[0]).toMatchObject({ name: 'OS', usedGB: 100 });
  });

  it('imports nothing while the plan settings are invalid, and says so', () => {
    const draft = { ...parsed(makePlan()), link: { ...parsed(makePlan()).link, uplinkMbps: -1 } };
    const gate = gateInventory(draft, parseInventoryCsv(mixed, 'binary'));
    expect(gate.ready).toEqual([]);
    expect(gate.general[0]).toMatch(/plan itself has errors/);
    expect(gate.general).toContain('Uplink (Mbps) must be at least 0.001');
  });
});

describe('inventory round trips', () => {
  it.each(['binary', 'decimal'] as const)('the %s template imports as its two sample VMs', (units) => {
    const parse = parseInventoryCsv(templateCsv(units), units);
    expect(parse.issues).toEqual([]);
    const gate = gateInventory(parsed(makePlan({ units: { storage: units } })), parse);
    expect(gate.ready.map((vm) => [vm.name, vm.count, vm.workload, vm.frequencySeconds, vm.disks.length])).toEqual([
      ['SQL01', 1, 'sql', 300, 3],
      ['FS01', 2, 'file-server', 900, 3],
    ]);
    expect(gate.ready[1]!.disks[2]).toEqual({ name: 'Pagefile', sizeGB: 8, usedGB: 8, churnGBPerDay: 6, replicated: false });
  });

  it('the decimal-comma template (";", "0,5") imports as the same two VMs', () => {
    const text = templateCsv('binary', csvStyleFor('de-DE'));
    expect(text.split('\r\n')[0]).toContain('VM name;Count;Disk name;Size (GiB)');
    const parse = parseInventoryCsv(text, 'binary');
    expect(parse.issues).toEqual([]);
    const plain = gateInventory(parsed(makePlan()), parseInventoryCsv(templateCsv('binary'), 'binary'));
    expect(gateInventory(parsed(makePlan()), parse).ready).toEqual(plain.ready);
  });

  it('names the plan unit in the template header', () => {
    expect(templateCsv('binary')).toContain('Size (GiB),Used (GiB),Churn (GiB/day)');
    expect(templateCsv('decimal')).toContain('Size (GB),Used (GB),Churn (GB/day)');
  });

  it('plan VMs → inventory CSV → "Replace VMs" gives the same plan (ids aside), every per-VM field included', () => {
    const input = makePlan({
      vms: [
        makeVm({ id: 'a', name: 'SQL01', workload: 'sql', recoveryPoints: 6, appConsistentHours: 2, profile: 'custom', hourlyWeights: [1, 1, 1, 1, 1, 1, 1, 2, 4, 4, 4, 4, 3, 4, 4, 4, 4, 2, 1.5, 1, 1, 1, 1, 0.25], initialReplication: 'seed', writeIops: 350 }),
        makeVm({ id: 'b', name: 'FS01', count: 3, frequencySeconds: 900, profile: 'overnight-batch', disks: [makeDisk({ name: 'OS' }), makeDisk({ name: 'Pagefile', replicated: false })] }),
        // Where the figures came from travels too: measured OS churn beside a typed one, a preset profile.
        makeVm({ id: 'c', name: 'APP01', provenance: { churn: 'entered', 'disks[0].churnGBPerDay': 'measured', profile: 'preset' }, disks: [makeDisk({ name: 'OS' }), makeDisk({ name: 'Data' })] }),
        // A derived VM's 5-minute shape: a burst in the first quarter of 02:00, a ramp at 14:00.
        makeVm({ id: 'd', name: 'NIGHTLY01', withinHourWeights: Array.from({ length: 24 }, (_, h) => (h === 2 ? [4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0] : h === 14 ? [0.25, 0.5, 0.75, 1, 1, 1, 1, 1, 1, 1.25, 1.5, 1.75] : null)), provenance: { churn: 'measured', profile: 'measured' } }),
      ],
    });
    const plan = parsed(input);
    for (const locale of ['en-US', 'de-DE']) {
      const parse = parseInventoryCsv(inventoryCsv(plan.vms, 'binary', csvStyleFor(locale)), 'binary');
      expect(parse.ignored).toEqual([]);
      const gate = gateInventory(plan, parse);
      const replaced = parsed({ ...plan, vms: gate.ready });
      expect({ ...replaced, vms: inventoryFields(replaced.vms) }).toEqual({ ...plan, vms: inventoryFields(plan.vms) });
      expect(replaced.vms[2]!.provenance).toEqual({ churn: 'entered', 'disks[0].churnGBPerDay': 'measured', profile: 'preset' });
      expect(replaced.vms[3]!.withinHourWeights).toEqual(plan.vms[3]!.withinHourWeights);
    }
  });

  it('plan VMs → inventory CSV → the same VMs, for any plan, with "," or ";" and decimal commas', () => {
    fc.assert(
      fc.property(arbPlanInput, fc.constantFrom('en-US', 'de-DE'), (input, locale) => {
        const plan = parsed(input);
        const parse = parseInventoryCsv(inventoryCsv(plan.vms, plan.units.storage, csvStyleFor(locale)), plan.units.storage);
        const gate = gateInventory(plan, parse);
        expect(parse.issues).toEqual([]);
        expect(inventoryFields(gate.ready)).toEqual(inventoryFields(plan.vms));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps awkward VM names: commas, quotes, line breaks, formula-like text, accents', () => {
    const names = ['a,b', 'say "hi"', 'two\nlines', '=cmd|x', '-dash', "'=quoted", 'Zürich ☃'];
    const plan = parsed(makePlan({ vms: names.map((name, i) => makeVm({ id: `v${i}`, name })) }));
    const gate = gateInventory(plan, parseInventoryCsv(inventoryCsv(plan.vms, 'binary'), 'binary'));
    expect(gate.ready.map((vm) => vm.name)).toEqual(names);
  });
});
