import { describe, expect, it } from 'vitest';
import { makeDisk, makePlan, makeVm } from '@/test/factories';
import { parsePlan, type Plan } from '../index';
import { irFromText, profileFromText, weightsFromText } from './cells';
import { columnsOfHeader } from './columns';
import { gateRowVms } from './gate';
import { readVmRows } from './read-rows';
import { vmRowsTable } from './write-rows';

const plan = (input = makePlan()): Plan => {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
};

/** Rows under a header, read as a paste would be. */
function read(header: string[], ...rows: string[][]) {
  return readVmRows({ columns: columnsOfHeader(header), titles: header, rows: rows.map((cells, i) => ({ line: i + 2, cells })), units: 'binary', locale: 'en-US', groupByName: true });
}

const BUSINESS = '1 1 1 1 1 1 1 1 3 3 3 3 3 3 3 3 3 3 1 1 1 1 1 1';

describe('cell readers', () => {
  it('read profiles, methods and 24 weights in the words a spreadsheet uses', () => {
    expect(['Business hours', 'overnight', 'CUSTOM', 'flat', 'batch'].map(profileFromText)).toEqual(['business-hours', 'overnight-batch', 'custom', 'flat', null]);
    expect(['Network', 'offline (ship disk)', 'Seed', '', 'plan', 'courier'].map(irFromText)).toEqual(['network', 'offline', 'seed', null, null, undefined]);
    expect(weightsFromText(BUSINESS, 'en-US')).toHaveLength(24);
    expect(weightsFromText('0,5 | 1 | 1,5 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1', 'de-DE')!.slice(0, 3)).toEqual([0.5, 1, 1.5]);
    expect(weightsFromText('1 2 3', 'en-US')).toBeNull(); // not 24 hours
    expect(weightsFromText(BUSINESS.replace('3', '-3'), 'en-US')).toBeNull(); // negative
  });
});

describe('readVmRows', () => {
  it('reads every per-VM field the editor has', () => {
    const parse = read(
      ['VM', 'Disk', 'Size', 'Replicated', 'Recovery points', 'App-consistent (h)', 'Profile', 'Hourly weights', 'Initial replication', 'Count', 'Write IOPS'],
      ['SQL01', 'OS', '80', 'yes', '4', '2', 'Custom', BUSINESS, 'Offline', '2', '350'],
      ['SQL01', 'Pagefile', '8', 'no', '', '', '', '', '', '', ''],
    );
    expect(parse.issues).toEqual([]);
    expect(parse.vms).toEqual([
      {
        name: 'SQL01',
        count: 2,
        recoveryPoints: 4,
        appConsistentHours: 2,
        profile: 'custom',
        hourlyWeights: BUSINESS.split(' ').map(Number),
        initialReplication: 'offline',
        writeIops: 350,
        disks: [
          { name: 'OS', sizeGB: 80, replicated: true },
          { name: 'Pagefile', sizeGB: 8, replicated: false },
        ],
        lines: [2, 3],
      },
    ]);
  });

  it('takes weights without a profile as a custom profile, and "off" as no app-consistent points', () => {
    const parse = read(['Name', 'Size', 'Hourly weights', 'VSS'], ['A', '10', BUSINESS, 'off']);
    expect(parse.vms[0]).toMatchObject({ profile: 'custom', appConsistentHours: null });
  });

  it('names each bad cell with what it accepts, and holds the whole VM back', () => {
    const parse = read(
      ['Name', 'Disk', 'Size', 'Profile', 'Hourly weights', 'Initial replication', 'App-consistent'],
      ['A', 'OS', '10', 'Spiky', '1 2 3', 'Courier', '1.5'],
      ['B', 'OS', '10', 'flat', '', '', ''],
      ['B', 'Data', '10', 'custom', '', '', ''],
    );
    expect(parse.issues.map((i) => `${i.line} ${i.column}: ${i.message}`)).toEqual([
      '2 App-consistent: must be a whole number of hours from 1, or off (not 1.5)',
      '2 Profile: unknown "Spiky" (use one of Flat, Business hours, Overnight batch, Custom)',
      '2 Hourly weights: needs 24 numbers of 0 or more (hours 00–23), separated by spaces',
      '2 Initial replication: "Courier" is not Network, Offline or Seed (empty = the plan’s method)',
      "4 Profile: differs from line 3 (flat); a VM's rows must agree",
    ]);
    expect(parse.vms).toEqual([]);
    expect(parse.failedLines).toEqual([2, 3, 4]);
  });
});

describe('gateRowVms', () => {
  it('maps a schema rule back to its column: a custom profile without weights', () => {
    const parse = read(['Name', 'Size', 'Profile'], ['A', '10', 'custom'], ['B', '10', 'flat']);
    const gate = gateRowVms(plan(), parse.vms);
    expect(gate.issues).toEqual([{ line: 2, column: 'Hourly weights', message: 'A custom profile needs 24 hourly weights' }]);
    expect(gate.ready.map((vm) => vm.name)).toEqual(['B']);
  });

  it('app-consistent points without recovery points are refused on the App-consistent column', () => {
    const gate = gateRowVms(plan(), read(['Name', 'Size', 'App-consistent (h)'], ['A', '10', '4']).vms);
    expect(gate.issues).toEqual([{ line: 2, column: 'App-consistent (h)', message: 'App-consistent points need at least 1 additional recovery point' }]);
  });
});

describe('vmRowsTable → readVmRows', () => {
  it('a paste of the export (tab-separated) gives the same VMs, ids aside', () => {
    const source = plan(
      makePlan({
        vms: [
          makeVm({ id: 'x', name: 'WEB01', count: 2, workload: 'web', recoveryPoints: 1, appConsistentHours: 12, initialReplication: 'network', disks: [makeDisk({ name: 'OS', churnGBPerDay: 0.1 + 0.2 })] }),
          makeVm({ id: 'y', name: 'DB01', profile: 'custom', hourlyWeights: Array.from({ length: 24 }, (_, h) => (h % 5) / 3), disks: [makeDisk(), makeDisk({ name: 'Swap', replicated: false })] }),
        ],
      }),
    );
    const [header, ...rows] = vmRowsTable(source.vms, 'binary').map((r) => r.map((c) => (c === null ? '' : String(c))));
    const parse = readVmRows({ columns: columnsOfHeader(header!), titles: header!, rows: rows.map((cells, i) => ({ line: i + 2, cells })), units: 'binary', locale: 'en-US', groupByName: true });
    const gate = gateRowVms(source, parse.vms);
    const strip = (vms: Plan['vms']) => vms.map(({ id: _id, ...rest }) => rest);
    expect(strip(gate.ready)).toEqual(strip(source.vms));
  });
});

describe('provenance columns ("Churn source", "Profile source")', () => {
  it('an export carries each disk’s churn source and the VM’s profile source; reading it back gives the same record', () => {
    const source = plan(
      makePlan({
        vms: [
          // Measured VM whose Data disk the user then typed over, and a disk added later (the preset's).
          makeVm({ id: 'm', name: 'SQL01', profile: 'flat', provenance: { churn: 'entered', 'disks[0].churnGBPerDay': 'measured', 'disks[2].churnGBPerDay': 'preset', profile: 'measured' }, disks: [makeDisk({ name: 'OS' }), makeDisk({ name: 'Data' }), makeDisk({ name: 'Logs' })] }),
          makeVm({ id: 'p', name: 'FS01', workload: 'file-server', provenance: { churn: 'preset', profile: 'preset' } }),
          makeVm({ id: 'd', name: 'APP01', provenance: { churn: 'default', profile: 'default' } }),
        ],
      }),
    );
    const table = vmRowsTable(source.vms, 'binary').map((r) => r.map((c) => (c === null ? '' : String(c))));
    const header = table[0]!;
    const col = (title: string) => table.slice(1).map((r) => r[header.indexOf(title)]);
    expect(col('Churn source')).toEqual(['measured', 'entered', 'preset', 'preset', 'default']);
    expect(col('Profile source')).toEqual(['measured', 'measured', 'measured', 'preset', 'default']);
    const rows = table.slice(1).map((cells, i) => ({ line: i + 2, cells }));
    const gate = gateRowVms(source, readVmRows({ columns: columnsOfHeader(header), titles: header, rows, units: 'binary', locale: 'en-US', groupByName: true }).vms);
    expect(gate.issues).toEqual([]);
    expect(gate.ready.map((vm) => vm.provenance)).toEqual(source.vms.map((vm) => vm.provenance));
  });

  it('without the columns, figures the rows give are entered and the rest the preset’s', () => {
    const gate = gateRowVms(plan(), read(['VM', 'Disk', 'Size', 'Churn', 'Profile'], ['A', 'OS', '80', '1', 'flat'], ['A', 'Data', '100', '', ''], ['B', 'OS', '50', '', '']).vms);
    expect(gate.ready.map((vm) => vm.provenance)).toEqual([
      { churn: 'entered', 'disks[1].churnGBPerDay': 'preset', profile: 'entered' },
      { churn: 'preset', profile: 'preset' },
    ]);
  });

  it('reads "rule of thumb" and any case; an unknown source names the line and the column', () => {
    const parse = read(
      ['VM', 'Disk', 'Size', 'Churn (GiB/day)', 'Churn source', 'Profile', 'Profile source'],
      ['A', 'OS', '80', '1', 'Rule of thumb', 'flat', 'MEASURED'],
      ['B', 'OS', '80', '1', 'guessed', 'flat', ''],
      ['C', 'OS', '80', '1', '', 'flat', 'typed'],
      ['D', 'OS', '80', '', 'measured', '', ''],
      ['E', 'OS', '80', '1', '', '', 'entered'],
    );
    expect(parse.issues.map((i) => `${i.line} ${i.column}: ${i.message}`)).toEqual([
      '3 Churn source: unknown "guessed" (use one of entered, measured, preset, default)',
      '4 Profile source: unknown "typed" (use one of entered, measured, preset, default)',
      '5 Churn source: says "measured" but the row has no churn figure; fill in the churn or leave the source empty',
      '6 Profile source: says "entered" but E has no profile; fill in its Profile or leave the source empty',
    ]);
    expect(parse.vms.map((vm) => [vm.name, vm.disks[0]!.churnSource, vm.profileSource])).toEqual([['A', 'preset', 'measured']]);
  });
});

describe('5-minute shape column (withinHourWeights)', () => {
  /** Bursts as the measured-churn feature derives them (rounded to 3 decimals, mean 1 per hour). */
  const NIGHTLY = Array.from({ length: 24 }, (_, h) => (h === 2 ? [4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0] : h === 14 ? [1.333, 1.333, 1.334, 1, 1, 1, 1, 1, 0.75, 0.75, 0.75, 0.75] : null));
  const source = () =>
    plan(
      makePlan({
        vms: [
          makeVm({ id: 'n', name: 'NIGHTLY01', profile: 'business-hours', withinHourWeights: NIGHTLY, provenance: { churn: 'measured', profile: 'measured' }, disks: [makeDisk({ name: 'OS' }), makeDisk({ name: 'Data' })] }),
          makeVm({ id: 's', name: 'STEADY01' }),
        ],
      }),
    );
  const readTable = (table: string[][], locale: string) =>
    readVmRows({ columns: columnsOfHeader(table[0]!), titles: table[0]!, rows: table.slice(1).map((cells, i) => ({ line: i + 2, cells })), units: 'binary', locale, groupByName: true });

  it('is recognised by its names, without taking the hourly weights’ headers or the profile’s', () => {
    expect(columnsOfHeader(['5-minute shape'])).toEqual(['withinHourWeights']);
    for (const h of ['Within-hour weights', 'Burst shape', '5 min weights', 'Five-minute shape', 'Intra-hour shape']) expect(columnsOfHeader([h])).toEqual(['withinHourWeights']);
    for (const h of ['Hourly weights (00-23 h)', 'Weights', 'Hourly']) expect(columnsOfHeader([h])).toEqual(['hourlyWeights']);
    expect(columnsOfHeader(['Shape'])).toEqual(['profile']);
  });

  it('an export of a derived plan read back (tab-separated or decimal commas) gives the same shapes, provenance and VMs', () => {
    const plan = source();
    for (const [decimal, locale] of [['.', 'en-US'], [',', 'de-DE']] as const) {
      const table = vmRowsTable(plan.vms, 'binary', decimal).map((r) => r.map((c) => (c === null ? '' : String(c))));
      const shapes = table.slice(1).map((r) => r[table[0]!.indexOf('5-minute shape')]);
      const text = decimal === ',' ? '14: 1,333 1,333 1,334 1 1 1 1 1 0,75 0,75 0,75 0,75' : '14: 1.333 1.333 1.334 1 1 1 1 1 0.75 0.75 0.75 0.75';
      // The shape on each of NIGHTLY01's rows (VM-level, like the hourly weights); an empty cell for STEADY01.
      expect(shapes).toEqual([`02: 4 4 4 0 0 0 0 0 0 0 0 0 | ${text}`, `02: 4 4 4 0 0 0 0 0 0 0 0 0 | ${text}`, '']);
      const parse = readTable(table, locale);
      expect(parse.issues).toEqual([]);
      const gate = gateRowVms(plan, parse.vms);
      expect(gate.issues).toEqual([]);
      expect(gate.ready.map((vm) => vm.withinHourWeights)).toEqual([NIGHTLY, null]);
      expect(gate.ready.map((vm) => vm.provenance)).toEqual(plan.vms.map((vm) => vm.provenance));
      const strip = (vms: Plan['vms']) => vms.map(({ id: _id, ...rest }) => rest);
      expect(strip(gate.ready)).toEqual(strip(plan.vms));
    }
  });

  it('names the line and the column of a bad shape, and holds its VM back', () => {
    const ok = '02: 4 4 4 0 0 0 0 0 0 0 0 0';
    const parse = read(
      ['VM', 'Disk', 'Size', '5-minute shape'],
      ['A', 'OS', '10', '02: 4 4 4 0 0 0 0 0 0 0 0'],
      ['B', 'OS', '10', '25: 1 1 1 1 1 1 1 1 1 1 1 1'],
      ['C', 'OS', '10', '02: 4 4 4 -1 0 0 0 0 0 0 0 0'],
      ['D', 'OS', '10', '02: 4 4 4 1000001 0 0 0 0 0 0 0 0'],
      ['E', 'OS', '10', ok],
      ['E', 'Data', '10', '03: 4 4 4 0 0 0 0 0 0 0 0 0'],
      ['F', 'OS', '10', ok],
      ['F', 'Data', '10', ''],
    );
    expect(parse.issues.map((i) => `${i.line} ${i.column}: ${i.message}`)).toEqual([
      '2 5-minute shape: hour 02 has 11 weights; it needs 12, one per 5 minutes',
      '3 5-minute shape: hour 25 is not an hour of the day (00–23)',
      '4 5-minute shape: hour 02: a weight cannot be negative (-1)',
      '5 5-minute shape: hour 02: 1000001 is over the limit of 1000000',
      `7 5-minute shape: differs from line 6 (${ok}); a VM's rows must agree`,
    ]);
    expect(parse.vms.map((vm) => vm.name)).toEqual(['F']);
    expect(parse.failedLines).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('a shape the rows give is the user’s profile data: entered without a source, the source’s with one', () => {
    const shape = '09: 3 3 1 1 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5';
    const gate = gateRowVms(plan(), read(['VM', 'Size', '5-minute shape', 'Profile source'], ['A', '10', shape, ''], ['B', '10', shape, 'measured'], ['C', '10', '', '']).vms);
    expect(gate.issues).toEqual([]);
    expect(gate.ready.map((vm) => [vm.profile, vm.provenance?.profile, vm.withinHourWeights?.[9]])).toEqual([
      ['flat', 'entered', [3, 3, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]],
      ['flat', 'measured', [3, 3, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]],
      ['flat', 'preset', undefined],
    ]);
  });
});
