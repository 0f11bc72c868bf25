import { describe, expect, it } from 'vitest';
import { buildPlan, makeDisk, makeVm, parseValid } from '@/test/factories';
import { optionsJson, optionsText, runOptions } from './options';

/** SPEC §7 case 1 on 0.3 Mbps (0.994 Mbps needed): behind; a 1.2 Mbps tier keeps up. */
const plan = parseValid({
  ...buildPlan({
    replication: { compression: true, compressionRatio: 1 },
    link: { uplinkMbps: 0.3, efficiencyPercent: 100 },
    vms: [makeVm({ id: 'fs', name: 'FS01', frequencySeconds: 900, disks: [makeDisk({ sizeGB: 500, usedGB: 100, churnGBPerDay: 10 })] })],
    costs: { linkTiers: [{ name: 'Today', uplinkMbps: 0.3, monthly: 10 }, { name: 'VDSL', uplinkMbps: 1.2, monthly: 30 }] },
  }),
  variants: [{ id: 'v', name: 'VDSL', changes: [{ path: 'link.uplinkMbps', value: 1.2 }] }],
});

describe('CLI --options (SPEC §5.9)', () => {
  const report = runOptions(plan);

  it('JSON entries carry name, changes, meetsGoals, monthlyCost, oneOffCost, summary and the whole plan', () => {
    const json = JSON.parse(optionsJson(plan, report));
    const variant = json.comparison[1];
    expect(Object.keys(variant)).toEqual(expect.arrayContaining(['name', 'changes', 'meetsGoals', 'monthlyCost', 'oneOffCost', 'summary', 'plan']));
    expect(variant).toMatchObject({ name: 'VDSL', meetsGoals: true, monthlyCost: 30, oneOffCost: 0, changes: [{ path: 'link.uplinkMbps', value: 1.2 }] });
    expect(variant.plan.link.uplinkMbps).toBe(1.2);
    expect(json.comparison[0]).toMatchObject({ meetsGoals: false, missedGoals: expect.arrayContaining(['stable']), summary: { unbounded: true, worstRpoSeconds: null } });
    expect(json.optimizer.options[0]).toMatchObject({ meetsGoals: true, monthlyCost: 30 });
  });

  it('text names the goals, says "unbounded" for the plan that falls behind, and lists the cheapest option', () => {
    const text = optionsText(plan, report);
    expect(text).toContain('Goals: the plan keeps up, stays inside the 30 min failure window and completes its initial copy.');
    expect(text).toMatch(/Worst RPO +unbounded \(grows /);
    expect(text).toMatch(/Option 1: VDSL[\s\S]*=> 30 EUR a month, 0 EUR once/);
  });
});
