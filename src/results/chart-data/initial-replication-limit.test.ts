import { describe, expect, it } from 'vitest';
import type { InitialReplicationRow } from './initial-replication-chart';
import { latestInitialReplicationRows } from './initial-replication-limit';

const row = (id: string, completeHours: number | null): InitialReplicationRow => ({
  id,
  label: id,
  method: 'network',
  offsetHours: 0,
  copyHours: completeHours ?? 1,
  exportHours: 0,
  shippingHours: 0,
  importHours: 0,
  protectedHours: 0,
  startHours: 0,
  copyEndHours: completeHours,
  catchUpHours: 0,
  neverHours: completeHours === null ? 1 : 0,
  neverCompletes: completeHours === null,
  stalledPhase: completeHours === null ? 'copy' : null,
  completeHours,
  resyncRisk: false,
  status: '',
});

describe('latestInitialReplicationRows', () => {
  it('keeps never-completing then latest rows, in plan order', () => {
    const rows = [row('a', 5), row('b', 1), row('c', null), row('d', 9), row('e', 2)];
    // Kept by end: c (never), d (9 h), a (5 h); shown in plan order a, c, d.
    expect(latestInitialReplicationRows(rows, 3).map((r) => r.id)).toEqual(['a', 'c', 'd']);
  });

  it('returns every row when they fit', () => {
    expect(latestInitialReplicationRows([row('a', 1)], 3).map((r) => r.id)).toEqual(['a']);
  });
});
