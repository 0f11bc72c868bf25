import { describe, expect, it } from 'vitest';
import { makePlan, makeVm, makeDisk } from '@/test/factories';
import { describeIssue, fieldLabel } from './field-labels';

const plan = makePlan({ units: { storage: 'decimal' }, vms: [makeVm({ name: 'SQL01', disks: [makeDisk({ name: 'Data' })] })] });

describe('fieldLabel', () => {
  it('names plan-wide fields as the editor labels them', () => {
    expect(fieldLabel('link.uplinkMbps')).toBe('Uplink (Mbps)');
    expect(fieldLabel('extended.link.uplinkMbps')).toBe('Extended link: Uplink (Mbps)');
    expect(fieldLabel('link.hourlySharePercent[7]')).toBe('Share at 07:00 (%)');
    expect(fieldLabel('replication.targetRpoMinutes')).toBe('Target RPO (min)');
  });

  it('names VMs and disks by their names, with the plan unit', () => {
    expect(fieldLabel('vms[0].recoveryPoints', plan)).toBe('SQL01: Recovery points');
    expect(fieldLabel('vms[0].disks[0].usedGB', plan)).toBe('SQL01, disk Data: Used (GB)');
    expect(fieldLabel('vms[0].hourlyWeights[13]', plan)).toBe('SQL01: weight of 13:00');
    // Without names (a row not in the plan, or unnamed): by position, counted from 1.
    expect(fieldLabel('vms[4].disks[1].churnGBPerDay')).toBe('VM 5, disk 2: Churn (GiB/day)');
  });

  it('never shows a raw path for a field it does not know', () => {
    expect(fieldLabel('goals.withinFailureWindow')).toBe('Within Failure Window');
  });
});

describe('describeIssue', () => {
  it('joins a predicate to the label, and a sentence after a colon', () => {
    expect(describeIssue({ path: 'link.uplinkMbps', message: 'must be at least 0.001' })).toBe('Uplink (Mbps) must be at least 0.001');
    expect(describeIssue({ path: 'vms[0].frequencySeconds', message: 'Windows Server 2012 replicates every 300 s only' }, plan)).toBe(
      'SQL01: Frequency: Windows Server 2012 replicates every 300 s only',
    );
  });
});
