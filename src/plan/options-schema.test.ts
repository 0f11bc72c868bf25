import { describe, expect, it } from 'vitest';
import { parsePlan } from '@/plan';
import { issuePaths, makePlan, parseValid } from '@/test/factories';

const issues = (input: unknown) => {
  const result = parsePlan(input);
  if (result.ok) throw new Error('expected the plan to be rejected');
  return result.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('options sections (schema v2, SPEC §5.9)', () => {
  it('reads the SPEC example', () => {
    const plan = parseValid(
      makePlan({
        goals: { stable: true, withinFailureWindow: true, targetRpo: true, noMissedCycles: false },
        costs: {
          currency: 'EUR',
          linkTiers: [{ name: 'Fibre 100/20', uplinkMbps: 20, downlinkMbps: 100, monthly: 450 }],
          replicaStoragePerTBMonth: 15,
          offlineShipmentOneOff: 400,
        },
        variants: [{ id: 'v1', name: '100 Mbps fibre', changes: [{ path: 'link.uplinkMbps', value: 100 }] }],
      }),
    );
    expect(plan.costs.linkTiers[0]).toEqual({ name: 'Fibre 100/20', uplinkMbps: 20, downlinkMbps: 100, monthly: 450 });
    expect(plan.variants[0]!.changes).toEqual([{ path: 'link.uplinkMbps', value: 100 }]);
  });

  it('a partial goals object takes the other goals’ defaults; a tier without download speed gets null', () => {
    const plan = parseValid(makePlan({ goals: { noMissedCycles: true }, costs: { linkTiers: [{ name: 'A', uplinkMbps: 1, monthly: 0 }] } }));
    expect(plan.goals).toEqual({ stable: true, withinFailureWindow: true, targetRpo: true, noMissedCycles: true });
    expect(plan.costs.linkTiers[0]!.downlinkMbps).toBeNull();
    expect(plan.costs.currency).toBe('EUR');
  });

  it('names the field of a bad price, tier and goal', () => {
    const lines = issues(
      makePlan({
        goals: { stable: 'yes' as unknown as boolean },
        costs: { replicaStoragePerTBMonth: -1, linkTiers: [{ name: ' ', uplinkMbps: 0, monthly: 10 }] },
      }),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'goals.stable: must be true or false, not text "yes"',
        'costs.replicaStoragePerTBMonth: must be at least 0',
        'costs.linkTiers[0].name: needs at least 1 character',
        'costs.linkTiers[0].uplinkMbps: must be at least 0.001',
      ]),
    );
  });

  it('a change path must look like a field path and may not touch the options themselves', () => {
    const lines = issues(
      makePlan({
        variants: [
          {
            id: 'a',
            name: 'A',
            changes: [
              { path: 'link..uplinkMbps', value: 1 },
              { path: 'vms[x].count', value: 1 },
              { path: 'costs.linkTiers', value: [] },
              { path: 'schemaVersion', value: 1 },
            ],
          },
        ],
      }),
    );
    expect(lines.filter((l) => l.includes('must be a field path'))).toHaveLength(2);
    expect(lines).toContain('variants[0].changes[2].path: a variant changes the plan itself, not its schema version, goals, costs or variants');
    expect(lines.some((l) => l.startsWith('variants[0].changes[3].path'))).toBe(true);
  });

  it('variant ids are unique', () => {
    const input = makePlan({
      variants: [
        { id: 'v1', name: 'A', changes: [] },
        { id: 'v1', name: 'B', changes: [] },
      ],
    });
    expect(issuePaths(input)).toEqual(['variants[1].id']);
  });

  it('a change value may be any JSON, including null and lists', () => {
    const plan = parseValid(
      makePlan({
        variants: [
          {
            id: 'n',
            name: 'Night',
            changes: [
              { path: 'link.hourlySharePercent', value: Array.from({ length: 24 }, (_, h) => (h < 7 ? 100 : 40)) },
              { path: 'link.replicaDownlinkMbps', value: null },
            ],
          },
        ],
      }),
    );
    expect(plan.variants[0]!.changes[1]!.value).toBeNull();
  });
});
