import { describe, expect, it } from 'vitest';
import { issueText, parsePastedRows, rowsAsText } from './parse-tsv';

const tsv = (...rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

describe('parsePastedRows', () => {
  it('reads a header row in any order, with units and workload labels', () => {
    const text = tsv(
      ['VM name', 'Workload', 'Size (GB)', 'Used (GB)', 'Churn (GB/day)', 'Count', 'Frequency'],
      ['FS01', 'File server', '500', '320', '12', '1', '5 min'],
      ['SQL01', 'sql', '200 GB', '150', '15', '2', '30 s'],
    );
    const parsed = parsePastedRows(text, 'en-US', 'decimal');
    expect(parsed.header).toBe(true);
    expect(parsed.issues).toEqual([]);
    // In a GiB plan the same "Size (GB)" column is converted: 500 GB = 500 × 10^9 / 2^30 = 465.66 GiB.
    expect(parsePastedRows(text, 'en-US', 'binary').vms[0]!.disks[0]!.sizeGB).toBeCloseTo(465.66128730773926, 9);
    expect(parsed.vms).toEqual([
      { name: 'FS01', workload: 'file-server', count: 1, frequencySeconds: 300, disks: [{ sizeGB: 500, usedGB: 320, churnGBPerDay: 12 }], lines: [2] },
      { name: 'SQL01', workload: 'sql', count: 2, frequencySeconds: 30, disks: [{ sizeGB: 200, usedGB: 150, churnGBPerDay: 15 }], lines: [3] },
    ]);
  });

  it('without a header reads Name, Size, Used, Churn (GB/day) in that order', () => {
    const parsed = parsePastedRows('FS01\t500\t320\t12\nDC01\t60', 'en-US');
    expect(parsed.header).toBe(false);
    expect(parsed.vms.map((vm) => [vm.name, vm.disks[0]])).toEqual([
      ['FS01', { sizeGB: 500, usedGB: 320, churnGBPerDay: 12 }],
      ['DC01', { sizeGB: 60 }], // used and churn left to the schema: used = size, churn from the preset
    ]);
  });

  it('reads locale decimals and grouping: "1 234,5" and "0,5" in de-DE, "." still accepted', () => {
    const parsed = parsePastedRows(tsv(['Name', 'Size', 'Used', 'Churn'], ['FS01', '1 234,5', '600,25', '0.5']), 'de-DE');
    expect(parsed.vms[0]!.disks[0]).toEqual({ sizeGB: 1234.5, usedGB: 600.25, churnGBPerDay: 0.5 });
  });

  it('churn as % of used: 2 % of 320 GiB = 6.4 GiB/day; used missing → % of size', () => {
    const parsed = parsePastedRows(tsv(['Name', 'Size', 'Used', 'Churn %'], ['FS01', '500', '320', '2'], ['FS02', '100', '', '3']), 'en-US');
    expect(parsed.vms[0]!.disks[0]!.churnGBPerDay).toBeCloseTo(6.4, 12); // 320 × 2 ÷ 100
    expect(parsed.vms[1]!.disks[0]!.churnGBPerDay).toBeCloseTo(3, 12); // 100 × 3 ÷ 100
    // A "%" typed in a GB/day column is a percentage too: 10 % of 200 = 20.
    expect(parsePastedRows('SQL\t200\t200\t10%', 'en-US').vms[0]!.disks[0]!.churnGBPerDay).toBeCloseTo(20, 12);
  });

  it('with a Disk column, rows of the same name are disks of one VM', () => {
    const parsed = parsePastedRows(tsv(['Name', 'Disk', 'Size', 'Used'], ['FS01', 'OS', '60', '30'], ['FS01', 'Data', '500', '320'], ['DC01', 'OS', '60', '20']), 'en-US');
    expect(parsed.vms.map((vm) => [vm.name, vm.disks.map((d) => d.name), vm.lines])).toEqual([
      ['FS01', ['OS', 'Data'], [2, 3]],
      ['DC01', ['OS'], [4]],
    ]);
  });

  it('names the row and column of each error and leaves the whole VM out', () => {
    const text = tsv(['Name', 'Disk', 'Size', 'Used', 'Workload', 'Frequency'], ['FS01', 'OS', '60', '30', 'file', '5'], ['FS01', 'Data', 'abc', '', '', ''], ['', 'OS', '10', '', '', ''], ['APP', 'OS', '10', '20', 'mainframe', '10 min']);
    const parsed = parsePastedRows(text, 'en-US');
    expect(parsed.issues.map(issueText)).toEqual([
      'Row 3, Size: not a number ("abc")',
      'Row 4, Name: missing',
      'Row 5, Workload: unknown "mainframe" (use one of File server, SQL Server, Exchange, Domain controller, Web server, VDI desktop, General purpose)',
      'Row 5, Frequency: "10 min" is not 30 s, 5 min or 15 min',
      'Row 5, Used: larger than the size (10)',
    ]);
    expect(parsed.vms).toEqual([]);
    expect(parsed.failedRows).toEqual([2, 3, 4, 5]);
  });

  it('keeps the header and the failed rows as text, for the box after adding the rest', () => {
    const parsed = parsePastedRows(tsv(['Name', 'Size'], ['A', '1'], ['B', 'x'], ['C', '3']), 'en-US');
    expect(rowsAsText(parsed, new Set(parsed.failedRows))).toBe('Name\tSize\nB\tx');
  });

  it('skips blank lines but keeps their row numbers; notes unused columns; Excel quotes are undone', () => {
    const parsed = parsePastedRows('Name\tSize\tNotes\n\nFS01\t"1,000"\tprod\n', 'en-US');
    expect(parsed.vms[0]!.lines).toEqual([3]);
    expect(parsed.vms[0]!.disks[0]!.sizeGB).toBe(1000);
    expect(parsed.ignored).toEqual(['Notes']);
    expect(parsed.notes).toEqual([]);
  });

  it('empty text reads as nothing, without errors', () => {
    expect(parsePastedRows('  \n', 'en-US')).toMatchObject({ vms: [], issues: [] });
  });
});
