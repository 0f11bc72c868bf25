import { describe, expect, it } from 'vitest';
import { diskChurnSources, withDiskChurnSources } from './provenance';

describe('per-disk churn marks', () => {
  it('a disk’s own mark wins over the VM’s; no mark at all is undefined', () => {
    expect(diskChurnSources({ churn: 'entered', 'disks[1].churnGBPerDay': 'preset' }, 3)).toEqual(['entered', 'preset', 'entered']);
    expect(diskChurnSources({ churn: 'bogus' }, 1)).toEqual([undefined]);
  });

  it('one canonical record per list of sources, other marks kept', () => {
    // All alike: one mark, stale per-disk marks gone.
    expect(withDiskChurnSources({ churn: 'entered', 'disks[4].churnGBPerDay': 'preset', profile: 'preset' }, ['measured', 'measured'])).toEqual({ churn: 'measured', profile: 'preset' });
    // Entered figures lead; the rest say where they differ (the schema's own form for a file that leaves disk 0 to the preset).
    expect(withDiskChurnSources({}, ['preset', 'entered', 'measured'])).toEqual({ churn: 'entered', 'disks[0].churnGBPerDay': 'preset', 'disks[2].churnGBPerDay': 'measured' });
    // No entered disk: the first disk's source leads.
    expect(withDiskChurnSources({}, ['measured', 'preset', 'measured'])).toEqual({ churn: 'measured', 'disks[1].churnGBPerDay': 'preset' });
  });

  it('reading a record back gives the same sources (what a spreadsheet round trip relies on)', () => {
    const lists = [['entered'], ['preset', 'entered'], ['measured', 'default', 'preset'], ['default', 'default']] as const;
    for (const list of lists) {
      const record = withDiskChurnSources({}, list);
      expect(diskChurnSources(record, list.length)).toEqual(list);
      expect(withDiskChurnSources(record, diskChurnSources(record, list.length).map((s) => s!))).toEqual(record);
    }
  });
});
