/**
 * What an option costs (SPEC §5.9): per month, the link tier matching its uplink plus replica
 * storage at its price; once, one shipment of initial-copy disks when any VM is seeded offline.
 * And what a link tier does to the link: the other traffic keeps the Mbps it had.
 */
import type { PlanResult } from '@/engine';
import { LIMITS, type LinkTier, type Plan, type PlanLink } from '@/plan';

/** TB as priced: 10^12 bytes (SPEC §5.9). */
export const BYTES_PER_TB = 1e12;

export interface OptionCost {
  /** Link + storage per month; unpriced parts count 0. */
  monthly: number;
  /** The tier whose uplink the option uses; null = no tier matches (the link is not priced). */
  linkTier: LinkTier | null;
  linkMonthly: number | null;
  /** Replica storage per month; null = storage is not priced. */
  storageMonthly: number | null;
  /** One shipment when any VM's initial copy goes offline; 0 when none does or shipments are not priced. */
  oneOff: number;
  /** VMs (plan ids) whose initial copy is shipped. */
  offlineVmIds: string[];
}

const sameMbps = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** The tier with this uplink; the cheapest when several offer it. */
export function tierForUplink(tiers: readonly LinkTier[], uplinkMbps: number): LinkTier | null {
  let best: LinkTier | null = null;
  for (const tier of tiers) if (sameMbps(tier.uplinkMbps, uplinkMbps) && (!best || tier.monthly < best.monthly)) best = tier;
  return best;
}

export function optionCost(plan: Plan, result: PlanResult): OptionCost {
  const linkTier = tierForUplink(plan.costs.linkTiers, plan.link.uplinkMbps);
  const storagePrice = plan.costs.replicaStoragePerTBMonth;
  const storageMonthly = storagePrice === null ? null : (result.storage.replica.totalBytes / BYTES_PER_TB) * storagePrice;
  const offlineVmIds = plan.vms.filter((vm) => (vm.initialReplication ?? plan.initialReplication.method) === 'offline').map((vm) => vm.id);
  const shipment = plan.costs.offlineShipmentOneOff ?? 0;
  return {
    monthly: (linkTier?.monthly ?? 0) + (storageMonthly ?? 0),
    linkTier,
    linkMonthly: linkTier?.monthly ?? null,
    storageMonthly,
    oneOff: offlineVmIds.length > 0 ? shipment : 0,
    offlineVmIds,
  };
}

/** The link moved to another line, or why not: the other traffic alone needs up to `otherTrafficMbps` (the caller words it). */
export type TierLink = { ok: true; link: PlanLink; otherTrafficMbps: number[] } | { ok: false; otherTrafficMbps: number };

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The link on another line of `uplinkMbps`: the other traffic keeps its Mbps (uplink × (100 −
 * share(h)) %), so replication's share becomes 100 − other ÷ new uplink. A line too small to carry
 * the other traffic alone is refused with that traffic's peak. Nothing else of the link changes.
 */
export function linkOnTier(link: PlanLink, uplinkMbps: number): TierLink {
  const shareAt = (h: number) => link.hourlySharePercent?.[h] ?? link.sharePercent;
  const other = Array.from({ length: 24 }, (_, h) => (link.uplinkMbps * (100 - shareAt(h))) / 100);
  const newShare = other.map((o) => round3(100 - (100 * o) / uplinkMbps));
  const minShare = link.hourlySharePercent ? LIMITS.hourlySharePercent.min : LIMITS.sharePercent.min;
  const worst = Math.max(...other);
  if (newShare.some((s) => s < minShare)) {
    return { ok: false, otherTrafficMbps: worst };
  }
  const next: PlanLink = link.hourlySharePercent
    ? { ...link, uplinkMbps, hourlySharePercent: newShare }
    : { ...link, uplinkMbps, sharePercent: Math.min(100, newShare[0]!) };
  return { ok: true, link: next, otherTrafficMbps: other };
}
