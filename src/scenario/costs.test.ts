import { describe, expect, it } from 'vitest';
import type { PlanResult } from '@/engine';
import { buildPlan, makeVm } from '@/test/factories';
import { linkOnTier, optionCost, tierForUplink } from './costs';

/** Only the parts of a result the cost reads. */
const withStorage = (totalBytes: number) => ({ storage: { replica: { totalBytes } } }) as unknown as PlanResult;

describe('what a link tier does to the link (the other traffic keeps its Mbps)', () => {
  it('flat share: 20 Mbps at 80 % leaves the other traffic 4 Mbps; on 50 Mbps replication gets 100 − 4/50 = 92 %', () => {
    const plan = buildPlan({ link: { uplinkMbps: 20, sharePercent: 80 } });
    const moved = linkOnTier(plan.link, 50);
    expect(moved.ok && moved.link).toMatchObject({ uplinkMbps: 50, sharePercent: 92, hourlySharePercent: null });
    expect(moved.ok && moved.otherTrafficMbps[0]).toBeCloseTo(4, 12);
  });

  it('hourly shares: each hour keeps its other traffic (10 Mbps line, 40 % by day → 6 Mbps other; on 30 Mbps: 80 %)', () => {
    const hourly = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 18 ? 40 : 100));
    const plan = buildPlan({ link: { uplinkMbps: 10, hourlySharePercent: hourly } });
    const moved = linkOnTier(plan.link, 30);
    if (!moved.ok) throw new Error(`refused: other traffic ${moved.otherTrafficMbps} Mbps`);
    expect(moved.link.hourlySharePercent![9]).toBe(80); // 100 − 100 × 6 / 30
    expect(moved.link.hourlySharePercent![2]).toBe(100);
  });

  it('a smaller line that cannot carry the other traffic alone is refused with that traffic', () => {
    const plan = buildPlan({ link: { uplinkMbps: 20, sharePercent: 50 } }); // other traffic 10 Mbps
    expect(linkOnTier(plan.link, 8)).toEqual({ ok: false, otherTrafficMbps: 10 });
    expect(linkOnTier(plan.link, 12)).toMatchObject({ ok: true, link: { sharePercent: 16.667 } }); // 100 − 1000/12
  });
});

describe('what an option costs', () => {
  const costs = {
    currency: 'EUR',
    linkTiers: [
      { name: 'A', uplinkMbps: 20, monthly: 90 },
      { name: 'A cheaper', uplinkMbps: 20, monthly: 80 },
      { name: 'B', uplinkMbps: 50, monthly: 150 },
    ],
    replicaStoragePerTBMonth: 15,
    offlineShipmentOneOff: 400,
  };

  it('link tier matching the uplink (the cheapest of equals) + storage: 80 + 2.5 TB × 15 = 117.5 a month', () => {
    const plan = buildPlan({ costs });
    const cost = optionCost(plan, withStorage(2.5e12));
    expect(cost.linkTier?.name).toBe('A cheaper');
    expect(cost.storageMonthly).toBeCloseTo(37.5, 12);
    expect(cost.monthly).toBeCloseTo(117.5, 12);
    expect(cost.oneOff).toBe(0);
  });

  it('an uplink no tier offers is not priced; one shipment when any VM ships its copy', () => {
    const plan = buildPlan({ link: { uplinkMbps: 33 }, costs, vms: [makeVm({ id: 'a', initialReplication: 'offline' }), makeVm({ id: 'b', initialReplication: 'offline' })] });
    const cost = optionCost(plan, withStorage(1e12));
    expect(cost.linkTier).toBeNull();
    expect(cost.monthly).toBe(15);
    expect(cost.oneOff).toBe(400);
    expect(cost.offlineVmIds).toEqual(['a', 'b']);
    expect(tierForUplink(costs.linkTiers.map((t) => ({ ...t, downlinkMbps: null })), 50)?.name).toBe('B');
  });
});
