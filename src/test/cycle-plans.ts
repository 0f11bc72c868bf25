/** Plans for the cycle-simulation oracles: flat VMs on a plain link (no compression, 100 % efficiency). */
import { buildPlan, GiB, makeDisk, makeVm, SECONDS_PER_DAY, type VmInput } from '@/test/factories';

/** A flat VM writing `churnGiB` per day on one big replicated disk. */
export function flatVm(id: string, frequencySeconds: 30 | 300 | 900, churnGiB = 10, more: Partial<VmInput> = {}): VmInput {
  return makeVm({
    id,
    frequencySeconds,
    profile: 'flat',
    disks: [makeDisk({ sizeGB: 500, usedGB: 100, churnGBPerDay: churnGiB })],
    ...more,
  });
}

/** No compression, 100 % efficiency: the wire equals the log and C equals the uplink. */
export function plainPlan(uplinkMbps: number, vms: VmInput[], link: Record<string, unknown> = {}, replication: Record<string, unknown> = {}) {
  return buildPlan({
    replication: { compression: false, ...replication },
    link: { uplinkMbps, efficiencyPercent: 100, ...link },
    vms,
  });
}

/** Raw bytes of one T-second log of a flat VM writing `churnGiB` per day. */
export const logBytes = (churnGiB: number, T: number) => (churnGiB * GiB * T) / SECONDS_PER_DAY;
