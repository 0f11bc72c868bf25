import { DEFAULTS, EXTENDED_FREQUENCIES_SECONDS, LinkSchema, type PlanLink } from '@/plan';

/** A new extended hop as the draft holds it: every field filled, so the draft stays plan-shaped. */
export type NewExtendedHop = {
  frequencySeconds: number;
  recoveryPoints: number;
  link: PlanLink;
};

/**
 * The hop the toggle creates: the schema's link defaults, no extra recovery points, and the fastest
 * extended frequency that is not faster than any VM's primary frequency ([EXTEND] rule), so
 * switching it on never starts with an error.
 */
export function newExtendedHop(vms: readonly { frequencySeconds?: unknown }[]): NewExtendedHop {
  const slowest = slowestFrequency(vms);
  const frequencySeconds = EXTENDED_FREQUENCIES_SECONDS.find((f) => f >= slowest) ?? Math.max(...EXTENDED_FREQUENCIES_SECONDS);
  return { frequencySeconds, recoveryPoints: DEFAULTS.recoveryPoints, link: LinkSchema.parse({}) };
}

/** Slowest primary frequency among the VMs, seconds (0 without VMs). */
export function slowestFrequency(vms: readonly { frequencySeconds?: unknown }[]): number {
  return Math.max(0, ...vms.map((vm) => (typeof vm.frequencySeconds === 'number' ? vm.frequencySeconds : 0)));
}
