import { describe, expect, it } from 'vitest';
import { parsePlan } from '@/plan';
import { makePlan, makeVm } from '@/test/factories';
import { idFromName } from '@/plan';
import { gatePastedVms } from './paste-gate';
import { parsePastedRows } from './parse-tsv';

function planOn(windowsServer: '2012' | '2016') {
  const parsed = parsePlan(makePlan({ replication: { windowsServer }, vms: [makeVm({ id: 'fs01', name: 'FS01' })] }));
  if (!parsed.ok) throw new Error('bad test plan');
  return parsed.plan;
}

describe('gatePastedVms', () => {
  it('fills defaults through parsePlan and keeps ids unique', () => {
    const pasted = parsePastedRows('FS01\t500\t320\nSQL 01\t100', 'en-US').vms;
    const gate = gatePastedVms(planOn('2016'), pasted);
    expect(gate.issues).toEqual([]);
    expect(gate.ready.map((vm) => vm.id)).toEqual(['fs01-2', 'sql-01']);
    // General purpose preset: 3 % of used per day → 320 × 3 % = 9.6 GiB/day; used = size when not given.
    expect(gate.ready[0]!.disks[0]!.churnGBPerDay).toBeCloseTo(9.6, 12);
    expect(gate.ready[1]!.disks[0]).toMatchObject({ name: 'Disk 1', usedGB: 100 });
  });

  it('maps gate messages back to the row and column; other rows still pass (2012 refuses 30 s)', () => {
    const text = 'Name\tSize\tFrequency\nA\t10\t5 min\nB\t10\t30 s\nC\t70000\t5 min';
    const gate = gatePastedVms(planOn('2012'), parsePastedRows(text, 'en-US').vms);
    expect(gate.issues).toEqual([
      { line: 3, column: 'Frequency', message: 'Windows Server 2012 replicates every 300 s only' },
      { line: 4, column: 'Size', message: 'must be at most 65536' },
    ]);
    expect(gate.ready.map((vm) => vm.name)).toEqual(['A']);
    expect(gate.failedRows.sort()).toEqual([3, 4]);
  });

  it('adds nothing while the plan itself is invalid, and says so', () => {
    const draft = { ...planOn('2016'), link: { ...planOn('2016').link, uplinkMbps: -1 } };
    const gate = gatePastedVms(draft, parsePastedRows('A\t10', 'en-US').vms);
    expect(gate.ready).toEqual([]);
    expect(gate.general[0]).toMatch(/plan itself has errors/);
    expect(gate.general[1]).toBe('Uplink (Mbps) must be at least 0.001');
  });

  it('idFromName makes readable ids', () => {
    expect(idFromName('SQL 01 (prod)')).toBe('sql-01-prod');
    expect(idFromName('***')).toBe('vm');
  });
});
