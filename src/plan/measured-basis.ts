/**
 * The plan settings the measured replay's answers depend on, besides the uplink: compression,
 * growth, the link's share, efficiency, caps and transfers, and each measured VM's frequency.
 * Recorded with the evidence and compared with the plan's current settings, by field, so the
 * planner can say which change made the answers out of date.
 */
import { defaultMaxActiveTransfers } from './limits';
import type { Plan } from './schema';

export type MeasuredBasis = Record<string, number | string | boolean | null>;

/** Display names of the basis fields. */
const LABELS: Record<string, string> = {
  wireRatio: 'compression',
  growthPercent: 'growth',
  'link.replicaDownlinkMbps': 'replica downlink',
  'link.sharePercent': 'link share',
  'link.hourlySharePercent': 'hourly link share',
  'link.efficiencyPercent': 'link efficiency',
  'link.streamCap': 'per-stream cap',
  maxActiveTransfers: 'parallel transfers',
};

export function measuredBasis(plan: Plan, vmIds: readonly string[]): MeasuredBasis {
  const r = plan.replication;
  const l = plan.link;
  const basis: MeasuredBasis = {
    wireRatio: r.compression ? r.compressionRatio : 1,
    growthPercent: r.growthPercent,
    'link.replicaDownlinkMbps': l.replicaDownlinkMbps,
    'link.sharePercent': l.hourlySharePercent ? null : l.sharePercent,
    'link.hourlySharePercent': l.hourlySharePercent ? l.hourlySharePercent.join(' ') : null,
    'link.efficiencyPercent': l.efficiencyPercent,
    'link.streamCap': [l.perStreamMbps, l.tcpWindowKiB, l.rttMs].join(' '),
    maxActiveTransfers: r.maxActiveTransfers ?? defaultMaxActiveTransfers(r.windowsServer),
  };
  for (const id of vmIds) {
    const vm = plan.vms.find((v) => v.id === id);
    basis[`vm:${id}.frequencySeconds`] = vm ? vm.frequencySeconds : null;
  }
  return basis;
}

/** What changed since the evidence was recorded, in words ("compression", "FS01's frequency"); empty when nothing did. */
export function basisDifferences(recorded: MeasuredBasis, plan: Plan): string[] {
  const vmIds = Object.keys(recorded)
    .filter((k) => k.startsWith('vm:'))
    .map((k) => k.slice(3, k.lastIndexOf('.')));
  const now = measuredBasis(plan, vmIds);
  const out: string[] = [];
  for (const key of Object.keys({ ...recorded, ...now })) {
    if (recorded[key] === now[key]) continue;
    if (key.startsWith('vm:')) {
      const id = key.slice(3, key.lastIndexOf('.'));
      const vm = plan.vms.find((v) => v.id === id);
      out.push(vm ? `${vm.name}'s frequency` : `VM ${id} (no longer in the plan)`);
    } else out.push(LABELS[key] ?? key);
  }
  return [...new Set(out)];
}
