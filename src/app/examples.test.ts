import { describe, expect, it } from 'vitest';
import { parsePlan, formatIssue, type Plan } from '@/plan';
import branchOfficeJson from '../../public/examples/branch-office.json?raw';
import datacenterJson from '../../public/examples/datacenter.json?raw';

function parseExample(text: string): Plan {
  const result = parsePlan(JSON.parse(text));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.plan;
}

const vmTotal = (plan: Plan) => plan.vms.reduce((n, vm) => n + vm.count, 0);

describe('example plans', () => {
  it('branch office: a few VMs on a 300 kbps ADSL uplink, paging file excluded', () => {
    const plan = parseExample(branchOfficeJson);
    expect(plan.link.uplinkMbps).toBe(0.3);
    expect(vmTotal(plan)).toBeGreaterThanOrEqual(3);
    expect(vmTotal(plan)).toBeLessThanOrEqual(4);
    const pagefile = plan.vms.flatMap((vm) => vm.disks).find((d) => d.name === 'Pagefile');
    expect(pagefile?.replicated).toBe(false);
  });

  it('datacenter: about 40 VMs, mixed frequencies, groups and an extended hop', () => {
    const plan = parseExample(datacenterJson);
    expect(vmTotal(plan)).toBeGreaterThanOrEqual(35);
    expect(vmTotal(plan)).toBeLessThanOrEqual(45);
    expect(new Set(plan.vms.map((vm) => vm.frequencySeconds))).toEqual(new Set([30, 300, 900]));
    expect(plan.vms.some((vm) => vm.count > 1)).toBe(true);
    expect(plan.extended?.frequencySeconds).toBe(900);
    expect(plan.link.uplinkMbps).toBeGreaterThanOrEqual(200);
    expect(plan.link.uplinkMbps).toBeLessThanOrEqual(500);
  });
});
