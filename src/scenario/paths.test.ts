import { describe, expect, it } from 'vitest';
import { buildPlan, makeVm } from '@/test/factories';
import { getAtPath, joinPath, parseChangePath, setAtPath } from './paths';

describe('field paths', () => {
  it('parses the syntax of validation errors and joins it back', () => {
    expect(parseChangePath('vms[2].disks[0].replicated')).toEqual(['vms', 2, 'disks', 0, 'replicated']);
    expect(parseChangePath('link.hourlySharePercent')).toEqual(['link', 'hourlySharePercent']);
    expect(joinPath(['vms', 2, 'disks', 0, 'replicated'])).toBe('vms[2].disks[0].replicated');
    for (const bad of ['', 'vms[', 'vms.[1]', '.link', 'link..x', 'vms[-1]', 'a b']) expect(parseChangePath(bad)).toBeNull();
  });

  it('sets a field, copying only the objects on the way (the input is untouched)', () => {
    const plan = buildPlan({ vms: [makeVm({ id: 'a' }), makeVm({ id: 'b' })] });
    const before = JSON.stringify(plan);
    const set = setAtPath(plan, ['vms', 1, 'disks', 0, 'replicated'], false);
    expect(set.ok).toBe(true);
    if (!set.ok) return;
    const next = set.root as typeof plan;
    expect(next.vms[1]!.disks[0]!.replicated).toBe(false);
    expect(JSON.stringify(plan)).toBe(before);
    expect(next.vms[0]).toBe(plan.vms[0]); // shared, not copied
    expect(next.link).toBe(plan.link);
  });

  it('says where a path stops making sense', () => {
    const plan = buildPlan({ vms: [makeVm({ id: 'a' }), makeVm({ id: 'b' })] });
    const message = (segments: (string | number)[]) => {
      const set = setAtPath(plan, segments, 1);
      return set.ok ? 'ok' : set.message;
    };
    expect(message(['vms', 5, 'count'])).toBe('there is no vms[5]: vms has 2 items');
    expect(message(['link', 'uplnkMbps'])).toBe('link has no field “uplnkMbps” (check the spelling)');
    expect(message(['extended', 'frequencySeconds'])).toBe('extended is empty (null), so it has no field “frequencySeconds” (set extended itself first)');
    expect(message(['link', 0])).toBe('link is a group of fields, not a list: [0] does not apply');
    expect(message(['name', 'x'])).toBe('name is text, so it has no field “x”');
    expect(message(['__proto__'])).toBe('the plan has no field “__proto__” (check the spelling)');
  });

  it('reads a value, or undefined off the path', () => {
    const plan = buildPlan();
    expect(getAtPath(plan, ['link', 'uplinkMbps'])).toBe(20);
    expect(getAtPath(plan, ['vms', 3, 'id'])).toBeUndefined();
  });
});
