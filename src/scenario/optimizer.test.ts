import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { unitFormat } from '@/lib/locale-format';
import type { Plan } from '@/plan';
import { arbLightPlanInput } from '@/test/arbitraries';
import { buildPlan, makeDisk, makeVm, parseValid } from '@/test/factories';
import { checkGoals } from './goals';
import { linkOnTier, optionCost } from './costs';
import { compareVariants } from './compare';
import { optimize } from './optimizer';

const screen = (p: Plan) => evaluatePlan(p, { searches: false });

/**
 * SPEC §7 case 1 as a line offer: one VM writing 10 GiB a day evenly, 15-minute cycles, nothing
 * saved on the wire (compression on at ratio 1, so "turn compression on" is no move), efficiency 100 %. Demand = 10 × 2^30 × 8 / 86 400 = 0.994 Mbps. A 15-min log is
 * 106.67 MiB = 894.8 Mbit: on 1.2 Mbps it takes 745.7 s (< 900 s, no missed cycle, inside 30 min).
 * So the binding requirement is keeping up (0.994 Mbps): 0.5 and 0.9 Mbps fall behind, 1.2 is
 * the smallest tier that meets the goals.
 */
function caseOnePlan(tiers: { name: string; uplinkMbps: number; monthly: number }[]) {
  return buildPlan({
    replication: { compression: true, compressionRatio: 1 },
    link: { uplinkMbps: 0.3, efficiencyPercent: 100 },
    vms: [makeVm({ id: 'fs', frequencySeconds: 900, disks: [makeDisk({ sizeGB: 500, usedGB: 100, churnGBPerDay: 10 })] })],
    costs: { linkTiers: tiers },
  });
}

describe('optimizer on hand-checkable catalogues', () => {
  it('only tiers: the smallest tier whose capacity keeps up (1.2 Mbps), then the bigger one', () => {
    const plan = caseOnePlan([
      { name: '10M', uplinkMbps: 10, monthly: 50 },
      { name: '0.5M', uplinkMbps: 0.5, monthly: 10 },
      { name: '1.2M', uplinkMbps: 1.2, monthly: 30 },
      { name: '0.9M', uplinkMbps: 0.9, monthly: 20 },
    ]);
    const out = optimize(plan);
    expect(out.options.map((o) => o.cost.linkTier?.name)).toEqual(['1.2M', '10M']);
    expect(out.options[0]!.changes).toEqual([{ path: 'link.uplinkMbps', value: 1.2 }]);
    expect(out.options[0]!.changesInWords).toEqual(['Line: 1.2M (1.2 Mbps up, 30 EUR a month) instead of 0.3 Mbps']);
    expect(out.options[0]!.cost.monthly).toBe(30);
    expect(out.options[0]!.figures.unbounded).toBe(false);
    expect(out.nothingMeets).toBeNull();
    expect(out.notes[0]).toMatch(/own line \(0.3 Mbps up\) is not in the price list/);
  });

  it('writes its numbers in the locale it is given (the page passes the reader\'s; a worker has none of its own)', () => {
    const plan = caseOnePlan([
      { name: '1.2M', uplinkMbps: 1.2, monthly: 30.5 },
      { name: '10M', uplinkMbps: 10, monthly: 50 },
    ]);
    const out = optimize(plan, { format: unitFormat('de-DE') });
    expect(out.options[0]!.changesInWords).toEqual(['Line: 1.2M (1,2 Mbps up, 30,5 EUR a month) instead of 0,3 Mbps']);
    expect(out.notes[0]).toMatch(/own line \(0,3 Mbps up\) is not in the price list/);
  });

  it('nothing in the catalogue is enough: says so and which goal fails', () => {
    const out = optimize(caseOnePlan([{ name: '0.9M', uplinkMbps: 0.9, monthly: 20 }]));
    expect(out.options).toEqual([]);
    expect(out.nothingMeets?.missedGoals).toContain('stable');
    expect(out.nothingMeets?.closest.figures.unbounded).toBe(true);
    expect(out.nothingMeets?.closest.figures.worstRpoSeconds).toBeNull();
  });

  it('a free move beats a dearer line: excluding a paging disk that doubles the churn', () => {
    // Data 10 GiB/day (0.994 Mbps) + Pagefile 10 GiB/day: 1.99 Mbps on a 1.2 Mbps line falls behind.
    const plan = buildPlan({
      replication: { compression: false },
      link: { uplinkMbps: 1.2, efficiencyPercent: 100 },
      vms: [makeVm({ id: 'fs', name: 'FS01', frequencySeconds: 900, disks: [makeDisk({ sizeGB: 500, usedGB: 100, churnGBPerDay: 10 }), makeDisk({ name: 'Pagefile', sizeGB: 400, usedGB: 16, churnGBPerDay: 10 })] })],
      costs: { linkTiers: [{ name: 'Today', uplinkMbps: 1.2, monthly: 30 }, { name: 'Big', uplinkMbps: 10, monthly: 50 }] },
    });
    const out = optimize(plan);
    const first = out.options[0]!;
    expect(first.cost.monthly).toBe(30);
    expect(first.changes).toEqual([{ path: 'vms[0].disks[1].replicated', value: false }]);
    expect(first.changesInWords).toEqual(['Exclude paging/temp disks from replication: FS01 “Pagefile”']);
    // Compression on alone (0.7 × 1.99 = 1.39 Mbps) is still too much for 1.2 Mbps: not an option.
    expect(out.options.every((o) => o.changes.some((c) => c.path.endsWith('replicated') || c.path === 'link.uplinkMbps'))).toBe(true);
  });

  it('the target RPO forces shorter intervals: 15 minutes is out of reach at any speed with a 900 s interval', () => {
    const plan = buildPlan({
      replication: { targetRpoMinutes: 10 },
      link: { uplinkMbps: 100 },
      vms: [makeVm({ id: 'fs', name: 'FS01', frequencySeconds: 900 })],
      costs: { linkTiers: [{ name: 'Today', uplinkMbps: 100, monthly: 100 }] },
    });
    const out = optimize(plan);
    expect(out.options[0]!.changesInWords).toEqual(['FS01: replicate every 5 min instead of 15 min']);
    expect(out.options[0]!.figures.worstRpoSeconds).toBeLessThanOrEqual(600);
  });
});

describe('optimizer properties (fast-check)', () => {
  const arbCase = fc.record({
    input: arbLightPlanInput,
    tiers: fc.array(fc.record({ factor: fc.integer({ min: 1, max: 40 }).map((f) => f / 10), monthly: fc.integer({ min: 0, max: 500 }) }), { minLength: 1, maxLength: 3 }),
  });

  it('the first option, evaluated on its own, meets the goals, and is never costlier than the cheapest tier-only option', () => {
    fc.assert(
      fc.property(arbCase, ({ input, tiers }) => {
        const plain = parseValid({ ...input, variants: [] });
        const plan = parseValid({
          ...plain,
          costs: { ...plain.costs, linkTiers: tiers.map((t, i) => ({ name: `T${i}`, uplinkMbps: Math.round(plain.link.uplinkMbps * t.factor * 1000) / 1000 || 0.001, monthly: t.monthly })) },
        });
        const out = optimize(plan, { evaluate: screen });
        // Independent: each tier alone, priced and judged here.
        let cheapestTierOnly = Infinity;
        for (const tier of plan.costs.linkTiers) {
          const moved = linkOnTier(plan.link, tier.uplinkMbps);
          if (!moved.ok) continue;
          const p = { ...plan, link: moved.link };
          const r = screen(p);
          if (checkGoals(p, r).meetsGoals) cheapestTierOnly = Math.min(cheapestTierOnly, optionCost(p, r).monthly);
        }
        if (out.options.length === 0) {
          expect(cheapestTierOnly).toBe(Infinity);
          return;
        }
        const first = out.options[0]!;
        const alone = evaluatePlan(parseValid(first.plan));
        expect(checkGoals(first.plan, alone).meetsGoals).toBe(true);
        expect(first.cost.monthly).toBeLessThanOrEqual(cheapestTierOnly + 1e-9);
        const keys = out.options.map((o) => JSON.stringify(o.changes));
        expect(new Set(keys).size).toBe(keys.length);
        expect(out.options.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 25 },
    );
  });
});

describe('compare', () => {
  it('evaluates the base and each variant with the same engine; a broken variant keeps its row with the reason', () => {
    const plan = parseValid({
      ...caseOnePlan([{ name: '1.2M', uplinkMbps: 1.2, monthly: 30 }]),
      variants: [
        { id: 'fast', name: '1.2 Mbps', changes: [{ path: 'link.uplinkMbps', value: 1.2 }] },
        { id: 'bad', name: 'Typo', changes: [{ path: 'link.uplink', value: 5 }] },
      ],
    });
    const rows = compareVariants(plan);
    expect(rows.map((r) => (r.ok ? [r.option.id, r.option.meetsGoals] : [r.id, r.issues[0]!.message]))).toEqual([
      ['base', false],
      ['fast', true],
      ['bad', 'link has no field “uplink” (check the spelling)'],
    ]);
    const fast = rows[1]!;
    expect(fast.ok && fast.option.cost.monthly).toBe(30);
    expect(fast.ok && fast.option.changesInWords).toEqual(['uplink (Mbps) 1.2 (was 0.3)']);
  });
});
