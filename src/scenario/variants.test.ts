import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbPlanInput } from '@/test/arbitraries';
import { buildPlan, makeDisk, makeVm, parseValid } from '@/test/factories';
import { describeChange } from './describe';
import { diffPlans } from './diff';
import { adoptVariedPlan, applyChanges, formatChangeIssue } from './variants';

const twoVms = () =>
  buildPlan({
    replication: { windowsServer: '2012R2' },
    vms: [makeVm({ id: 'fs', name: 'FS01' }), makeVm({ id: 'sql', name: 'SQL01', disks: [makeDisk({ name: 'Data' }), makeDisk({ name: 'Pagefile' })] })],
  });

describe('applying changes (SPEC §5.9)', () => {
  it('applies changes in order and validates the result like any plan', () => {
    const varied = applyChanges(twoVms(), [
      { path: 'link.uplinkMbps', value: 100 },
      { path: 'vms[1].disks[1].replicated', value: false },
      { path: 'link.uplinkMbps', value: 50 },
    ]);
    expect(varied.ok).toBe(true);
    if (!varied.ok) return;
    expect(varied.plan.link.uplinkMbps).toBe(50);
    expect(varied.plan.vms[1]!.disks[1]!.replicated).toBe(false);
    expect(varied.plan.variants).toEqual([]);
  });

  it('a bad path names the change and where the path stops', () => {
    const varied = applyChanges(twoVms(), [{ path: 'link.uplinkMbps', value: 10 }, { path: 'vms[4].frequencySeconds', value: 900 }]);
    expect(varied).toEqual({ ok: false, issues: [{ changeIndex: 1, path: 'vms[4].frequencySeconds', message: 'there is no vms[4]: vms has 2 items' }] });
    if (!varied.ok) expect(formatChangeIssue(varied.issues[0]!)).toBe('change 2, vms[4].frequencySeconds: there is no vms[4]: vms has 2 items');
  });

  it('a value the field does not allow is the schema’s message, on the change that set it', () => {
    const varied = applyChanges(twoVms(), [
      { path: 'vms[0].frequencySeconds', value: 60 },
      { path: 'replication.windowsServer', value: '2012' },
    ]);
    expect(varied.ok).toBe(false);
    if (varied.ok) return;
    expect(varied.issues.map(formatChangeIssue)).toEqual(['change 1, vms[0].frequencySeconds: must be one of 30, 300, 900']);
    const cross = applyChanges(twoVms(), [{ path: 'replication.windowsServer', value: '2012' }, { path: 'vms[0].frequencySeconds', value: 30 }]);
    expect(!cross.ok && cross.issues.map(formatChangeIssue)).toEqual(['change 2, vms[0].frequencySeconds: Windows Server 2012 replicates every 300 s only']);
  });

  it('the options themselves cannot be changed by a variant', () => {
    const varied = applyChanges(twoVms(), [{ path: 'costs.currency', value: 'USD' }]);
    expect(!varied.ok && varied.issues[0]!.message).toBe('a variant changes the plan, not its options');
  });

  it('“make this the plan” keeps the goals, costs and the other variants', () => {
    const base = parseValid({ ...twoVms(), variants: [{ id: 'a', name: 'A', changes: [{ path: 'link.uplinkMbps', value: 5 }] }, { id: 'b', name: 'B', changes: [] }] });
    const varied = applyChanges(base, base.variants[0]!.changes);
    if (!varied.ok) throw new Error('variant did not apply');
    const adopted = adoptVariedPlan(base, varied.plan, 'a');
    expect(adopted.link.uplinkMbps).toBe(5);
    expect(adopted.variants.map((v) => v.id)).toEqual(['b']);
    expect(adopted.costs).toBe(base.costs);
  });

  it('describes a change naming the VM and disk', () => {
    const base = twoVms();
    expect(describeChange(base, { path: 'vms[1].disks[1].replicated', value: false })).toBe('SQL01 disk “Pagefile”: replicated no (was yes)');
    expect(describeChange(base, { path: 'link.uplinkMbps', value: 50 })).toBe('uplink (Mbps) 50 (was 20)');
  });
});

describe('diffing two plans', () => {
  it('lists the leaves that differ, a list of numbers as one value', () => {
    const base = twoVms();
    const hourly = Array.from({ length: 24 }, (_, h) => (h < 7 ? 100 : 50));
    const varied = applyChanges(base, [{ path: 'link.hourlySharePercent', value: hourly }, { path: 'vms[0].frequencySeconds', value: 900 }]);
    if (!varied.ok) throw new Error('variant did not apply');
    expect(diffPlans(base, varied.plan)).toEqual([
      { path: 'link.hourlySharePercent', value: hourly },
      { path: 'vms[0].frequencySeconds', value: 900 },
    ]);
  });

  it('property: applying the diff of two valid plans gives the second plan', () => {
    fc.assert(
      fc.property(arbPlanInput, arbPlanInput, (a, b) => {
        const base = parseValid(a);
        const other = parseValid(b);
        const varied = applyChanges(base, diffPlans(base, other));
        if (!varied.ok) throw new Error(varied.issues.map(formatChangeIssue).join('; '));
        expect({ ...varied.plan, goals: null, costs: null, variants: null }).toEqual({ ...other, goals: null, costs: null, variants: null });
      }),
      { numRuns: 200 },
    );
  });
});
