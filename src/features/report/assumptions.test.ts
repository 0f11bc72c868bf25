import { describe, expect, it } from 'vitest';
import { buildPlan } from '@/test/factories';
import { buildAssumptionRows, type AssumptionRow } from './assumptions';

const find = (rows: AssumptionRow[], input: string, group?: string) => {
  const row = rows.find((r) => r.input === input && (group === undefined || r.group === group));
  if (!row) throw new Error(`no row "${input}"`);
  return row;
};

describe('buildAssumptionRows', () => {
  it('lists the groups in the settings order, every row with a value', () => {
    const rows = buildAssumptionRows(buildPlan());
    expect([...new Set(rows.map((r) => r.group))]).toEqual([
      'Replication',
      'Link: primary → replica',
      'Extended hop: replica → extended site',
      'Replica storage',
      'Initial replication',
    ]);
    for (const r of rows) expect(r.value, r.input).not.toBe('');
  });

  it('marks the compression ratio as a rule of thumb, default at 0.7 and entered otherwise', () => {
    const atDefault = find(buildAssumptionRows(buildPlan()), 'Compression ratio (wire ÷ raw)');
    // 0.7 → 30 % smaller on the wire.
    expect(atDefault).toMatchObject({ value: '0.7 (30 % smaller on the wire)', basis: 'default', ruleOfThumb: true });
    const entered = find(buildAssumptionRows(buildPlan({ replication: { compressionRatio: 0.55 } })), 'Compression ratio (wire ÷ raw)');
    expect(entered).toMatchObject({ value: '0.55 (45 % smaller on the wire)', basis: 'entered', ruleOfThumb: true });
  });

  it('says the ratio is unused when compression is off (no rule of thumb then)', () => {
    const rows = buildAssumptionRows(buildPlan({ replication: { compression: false } }));
    expect(find(rows, 'Compression')).toMatchObject({ value: 'off', basis: 'entered' });
    expect(find(rows, 'Compression ratio (wire ÷ raw)')).toMatchObject({ value: 'not used (compression off)', ruleOfThumb: false });
  });

  it('names the version default of MaximumActiveTransfers: 3 on 2012, 6 later; a set value is entered', () => {
    expect(find(buildAssumptionRows(buildPlan()), 'MaximumActiveTransfers')).toMatchObject({ value: '6 (version default)', basis: 'default' });
    const on2012 = buildPlan({ replication: { windowsServer: '2012' } });
    expect(find(buildAssumptionRows(on2012), 'MaximumActiveTransfers')).toMatchObject({ value: '3 (version default)', basis: 'default' });
    expect(find(buildAssumptionRows(buildPlan({ replication: { maxActiveTransfers: 12 } })), 'MaximumActiveTransfers')).toMatchObject({ value: '12', basis: 'entered' });
  });

  it('marks the failure window default at 30 min and entered at 45 min', () => {
    expect(find(buildAssumptionRows(buildPlan()), 'Failure window')).toMatchObject({ value: '30 min', basis: 'default', ruleOfThumb: false });
    expect(find(buildAssumptionRows(buildPlan({ replication: { failureWindowMinutes: 45 } })), 'Failure window')).toMatchObject({ value: '45 min', basis: 'entered' });
  });

  it('treats the default link efficiency as a rule of thumb, a measured one as entered', () => {
    expect(find(buildAssumptionRows(buildPlan()), 'Link efficiency (goodput ÷ line rate)')).toMatchObject({ value: '94 %', basis: 'default', ruleOfThumb: true });
    expect(find(buildAssumptionRows(buildPlan({ link: { efficiencyPercent: 88 } })), 'Link efficiency (goodput ÷ line rate)')).toMatchObject({
      value: '88 %',
      basis: 'entered',
      ruleOfThumb: false,
    });
  });

  it('shows an hourly share as its range', () => {
    const hours = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 18 ? 40 : 100));
    const rows = buildAssumptionRows(buildPlan({ link: { hourlySharePercent: hours } }));
    expect(find(rows, 'Share of the link for replication')).toMatchObject({ value: 'varies by hour, 40 % to 100 %', basis: 'entered' });
  });

  it('gives one "none" row without an extended hop, and its frequency, points and link with one', () => {
    const none = buildAssumptionRows(buildPlan()).filter((r) => r.group.startsWith('Extended'));
    expect(none).toEqual([expect.objectContaining({ input: 'Extended replication', value: 'none', basis: 'default' })]);
    const plan = buildPlan({ replication: { windowsServer: '2012R2' }, extended: { frequencySeconds: 900, recoveryPoints: 4, link: { uplinkMbps: 50 } } });
    const ext = buildAssumptionRows(plan).filter((r) => r.group.startsWith('Extended'));
    expect(find(ext, 'Extended replication frequency')).toMatchObject({ value: '15 min', basis: 'entered' });
    expect(find(ext, 'Extended recovery points')).toMatchObject({ value: '4 additional', basis: 'entered' });
    expect(find(ext, 'Replica site uplink')).toMatchObject({ value: '50 Mbps', basis: 'entered' });
  });

  it('marks the unique-churn share and the initial-copy ratio as rules of thumb', () => {
    const rows = buildAssumptionRows(buildPlan({ replicaStorage: { uniqueChurnPercent: 60 } }));
    expect(find(rows, 'Unique share of hourly churn')).toMatchObject({ value: '60 %', basis: 'entered', ruleOfThumb: true });
    expect(find(rows, 'Compression ratio of the initial copy')).toMatchObject({ value: '0.7', basis: 'default', ruleOfThumb: true });
    expect(find(rows, 'Free-space headroom')).toMatchObject({ value: '20 %', basis: 'default', ruleOfThumb: false });
  });

  it('says when the initial copy starts and how many VMs go at once', () => {
    const rows = buildAssumptionRows(buildPlan({ initialReplication: { startHour: 20, concurrentVms: 4 } }));
    expect(find(rows, 'Start')).toMatchObject({ value: 'at 20:00', basis: 'entered' });
    expect(find(rows, 'VMs copied at once')).toMatchObject({ value: '4', basis: 'entered' });
    const defaults = buildAssumptionRows(buildPlan());
    expect(find(defaults, 'Start')).toMatchObject({ value: 'immediately', basis: 'default' });
    expect(find(defaults, 'VMs copied at once')).toMatchObject({ value: '6 (= MaximumActiveTransfers)', basis: 'default' });
  });
});
