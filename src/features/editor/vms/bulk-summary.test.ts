import { describe, expect, it } from 'vitest';
import type { BulkSummary } from '@/store';
import { bulkSummaryText, describeBulkEdit } from './bulk-summary';

const summary = (over: Partial<BulkSummary> = {}): BulkSummary => ({
  selected: 7,
  changed: 7,
  disksChanged: 0,
  noReplicatedDisk: [],
  appConsistentSkipped: [],
  appConsistentCleared: [],
  ...over,
});

describe('bulk edit status line', () => {
  it('names what was set, in the table’s words', () => {
    expect(describeBulkEdit({ frequencySeconds: 900, recoveryPoints: 4, appConsistentHours: null, profile: 'business-hours', initialReplication: null, workload: 'sql' })).toEqual([
      'workload SQL Server (churn re-estimated)',
      'frequency 15 min',
      'recovery points 4',
      'app-consistent off',
      'profile Business hours',
      'initial replication as the plan',
    ]);
  });

  it('says how many VMs changed and how to undo', () => {
    expect(bulkSummaryText(summary(), { recoveryPoints: 4 }, 'Ctrl+Z')).toBe('7 VMs changed: recovery points 4. Undo (Ctrl+Z) reverts them in one step.');
    expect(bulkSummaryText(summary({ changed: 5 }), { recoveryPoints: 4 }, 'Ctrl+Z')).toMatch(/^5 VMs changed \(the other 2 already matched\)/);
    expect(bulkSummaryText(summary({ changed: 0 }), { recoveryPoints: 4 }, 'Ctrl+Z')).toBe('Nothing changed: the 7 selected VMs already have recovery points 4.');
  });

  it('names the VMs where something could not be done, and disks left without replication', () => {
    const text = bulkSummaryText(
      summary({ disksChanged: 9, appConsistentSkipped: ['APP01', 'APP02', 'WEB01', 'WEB02'], noReplicatedDisk: ['TEMP01'] }),
      { appConsistentHours: 2, disks: { pattern: 'page', replicated: false } },
      '⌘+Z',
    );
    expect(text).toContain('9 disks excluded.');
    expect(text).toContain('App-consistent points not set on APP01, APP02, WEB01 and 1 more: they keep no recovery point (set recovery points too).');
    expect(text).toContain('TEMP01 now has no replicated disk.');
    expect(text).toMatch(/Undo \(⌘\+Z\) reverts them in one step\.$/);
  });
});
