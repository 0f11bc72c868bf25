import type { MeasuredInput } from '@/engine';
import type { Plan } from '@/plan';
import { planVmIndexByName } from './plan-vm-by-name';
import type { MeasuredVm } from './vm-series';

const DAY_MS = 86_400_000;
/** Replication cycles are 30 s at the shortest. */
const MIN_STEP_SECONDS = 30;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * Mean rate over each group of `factor` slots; a last, partial group counts its missing slots as
 * no writes, so bytes are kept. With `seen`, a group's mean is over its sampled slots only, and the
 * group counts as sampled when any of its slots was.
 */
export function mergeSlots(rates: Float64Array, factor: number, seen?: Uint8Array): { rates: Float64Array; seen: Uint8Array | undefined } {
  if (factor <= 1) return { rates, seen };
  const groups = Math.ceil(rates.length / factor);
  const out = new Float64Array(groups);
  const n = new Float64Array(groups);
  const outSeen = seen ? new Uint8Array(groups) : undefined;
  for (let k = 0; k < rates.length; k++) {
    const j = (k / factor) | 0;
    if (seen && !seen[k]) continue;
    out[j] = out[j]! + rates[k]!;
    n[j] = n[j]! + 1;
    if (outSeen) outSeen[j] = 1;
  }
  for (let j = 0; j < groups; j++) {
    if (!seen) out[j] = out[j]! / factor;
    else out[j] = n[j]! > 0 ? out[j]! / n[j]! : 0;
  }
  return { rates: out, seen: outSeen };
}

/**
 * The engine's input for "use the measured series": each measured VM replicates at the frequency
 * of the plan VM with its name (5 minutes when the plan has none). Only VMs with an included disk.
 */
export function measuredInput(plan: Plan, vms: readonly MeasuredVm[], startMs: number, stepSeconds: number, targetRpoSeconds: number): MeasuredInput {
  // Samples finer than the shortest cycle (30 s) only move writes within a cycle: merge them into
  // steps that are whole multiples of 30 s (4-second samples → 60 s), so the replay steps on the
  // cycle grid instead of every 4 seconds.
  const factor = stepSeconds < MIN_STEP_SECONDS && Number.isInteger(stepSeconds) ? MIN_STEP_SECONDS / gcd(stepSeconds, MIN_STEP_SECONDS) : 1;
  return {
    stepSeconds: stepSeconds * factor,
    startSecondOfDay: (((startMs % DAY_MS) + DAY_MS) % DAY_MS) / 1000,
    targetRpoSeconds,
    vms: vms
      .filter((vm) => vm.disks.some((d) => d.included))
      .map((vm) => {
        const at = planVmIndexByName(plan, vm.name);
        const planVm = at >= 0 ? plan.vms[at]! : null;
        const merged = mergeSlots(vm.bytesPerSecond, factor, vm.seen);
        return { id: planVm?.id ?? vm.name, name: vm.name, frequencySeconds: planVm?.frequencySeconds ?? 300, bytesPerSecond: merged.rates, seen: merged.seen };
      }),
  };
}
