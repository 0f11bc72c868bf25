import { describe, expect, it } from 'vitest';
import { fixtureDisks, inventoryCsv, perfmonInstance } from '../fixtures/perfmon-fixture';
import { parseInventoryCsv, type InventoryDisk } from './inventory-csv';
import { assignDisk, matchCounters, matchCounts, setIncluded } from './matching';

const disk = (vm: string, path: string): InventoryDisk => ({ vm, path, sizeBytes: 1, fileBytes: 1, host: '' });

describe('parseInventoryCsv', () => {
  it('reads the collector inventory, with or without the #TYPE line', () => {
    const text = inventoryCsv({ vmCount: 3 });
    const a = parseInventoryCsv(text);
    const b = parseInventoryCsv('#TYPE Selected.System.Management.Automation.PSCustomObject\r\n' + text);
    expect(a.ok && a.disks.length).toBe(fixtureDisks({ vmCount: 3 }).length);
    expect(b).toEqual(a);
    expect(a.ok && a.disks[0]).toMatchObject({ vm: 'SQL01', host: 'HV-NODE01', path: expect.stringContaining('SQL01-OS.vhdx') });
  });

  it('accepts hand-made column names and names the line and column of a bad size', () => {
    const ok = parseInventoryCsv('VM,DiskPath,Size\nSQL01,D:\\VMs\\a.vhdx,100\n');
    expect(ok).toEqual({ ok: true, disks: [{ vm: 'SQL01', path: 'D:\\VMs\\a.vhdx', sizeBytes: 100, fileBytes: 0, host: '' }] });
    expect(parseInventoryCsv('#TYPE x\nVMName,Path,SizeBytes\nA,p,1\nB,q,12 GB\n')).toEqual({
      ok: false,
      issue: { line: 4, column: 3, message: 'SizeBytes "12 GB" is not a number of bytes.' },
    });
    expect(parseInventoryCsv('Name,Size\nA,1\n')).toMatchObject({ ok: false, issue: { line: 1 } });
    expect(parseInventoryCsv('VMName,Path\n,p\n')).toMatchObject({ ok: false, issue: { line: 2, column: 1 } });
  });

  it('an empty file says so in plain words, not the CSV reader’s delimiter message', () => {
    for (const text of ['', '\uFEFF', '  \r\n\r\n', '#TYPE x\n']) {
      const out = parseInventoryCsv(text);
      expect(out).toMatchObject({ ok: false, issue: { line: 1, column: null } });
      expect(!out.ok && out.issue.message).toMatch(/^The inventory file is empty: it should list one virtual disk per line/);
    }
    // One column, no delimiter to detect: named as a missing column, not a malformed file.
    expect(parseInventoryCsv('VMName\nA\n')).toMatchObject({ ok: false, issue: { message: expect.stringContaining('has no Path column') } });
  });
});

describe('matchCounters', () => {
  it('matches every generated counter to its inventory disk', () => {
    const disks = fixtureDisks();
    const matches = matchCounters(disks.map((d) => ({ instance: perfmonInstance(d.path) })), disks);
    expect(matches.map((m) => m.disk)).toEqual(disks.map((_, i) => i));
    expect(matchCounts(matches)).toEqual({ matched: disks.length, ambiguous: 0, unmatched: 0, excluded: 0 });
  });

  it('matches across case, the \\\\?\\ prefix and bracket spelling; checkpoints go to their parent', () => {
    const disks = [disk('SQL01', 'C:\\ClusterStorage\\Volume1\\SQL01\\Data (1).vhdx'), disk('FS01', 'D:\\VMs\\FS01\\OS.vhdx')];
    const matches = matchCounters(
      [
        { instance: '--?-c:-clusterstorage-volume1-sql01-data [1].vhdx' },
        { instance: 'D:-VMs-FS01-OS_6F1C2A3B-1111-2222-3333-444455556666.avhdx' },
        { instance: 'E:-Other-X.vhdx' },
      ],
      disks,
    );
    expect(matches.map((m) => [m.disk, m.status, m.included])).toEqual([
      [0, 'matched', true],
      [1, 'checkpoint', true],
      [null, 'unmatched', false],
    ]);
  });

  it('flags two paths with the same perfmon spelling as ambiguous until one is picked', () => {
    const disks = [disk('A', 'D:\\a-b\\c.vhdx'), disk('B', 'D:\\a\\b-c.vhdx')];
    let matches = matchCounters([{ instance: 'D:-a-b-c.vhdx' }], disks);
    expect(matches[0]).toEqual({ disk: null, status: 'ambiguous', candidates: [0, 1], included: false });
    expect(matchCounts(matches).ambiguous).toBe(1);
    matches = assignDisk(matches, 0, 1);
    expect(matches[0]).toMatchObject({ disk: 1, status: 'matched', included: true });
    matches = setIncluded(matches, 0, false);
    expect(matchCounts(matches)).toEqual({ matched: 0, ambiguous: 0, unmatched: 0, excluded: 1 });
    expect(assignDisk(matches, 0, null)[0]).toMatchObject({ disk: null, status: 'unmatched', included: false });
  });

  it('matches an instance name cut short to the one disk it starts', () => {
    const long = 'C:\\ClusterStorage\\Volume1\\Very Long Folder Name\\SQL01\\SQL01-Data.vhdx';
    const cut = perfmonInstance(long).slice(0, 40);
    expect(matchCounters([{ instance: cut }], [disk('SQL01', long)])[0]).toMatchObject({ disk: 0, status: 'truncated' });
  });
});
