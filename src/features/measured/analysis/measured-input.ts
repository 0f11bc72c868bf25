import type { MeasuredInput } from '@/engine';
import type { Plan } from '@/plan';
import { planVmIndexByName } from './plan-vm-by-name';
import type { MeasuredVm } from './vm-series';

const DAY_MS = 86_400_000;
/** Replication cycles are 30 s at the shortest. */
const MIN_STEP_SECONDS = 30;

/** Mean rate over each group of `factor` slots; a last, partial group counts its missing slots as no writes, so bytes are kept. */
export function mergeSlots(rates: Float64Array, factor: number): Float64Array {
  if (factor <= 1) return rates;
  const out = new Float64Array(Math.ceil(rates.length / factor));
  for (let k = 0; k < rates.length; k++) {
    const j = (k / factor) | 0;
    out[j] = out[j]! + rates[k]!;
  }
  for (let j = 0; j < out.length; j++) out[j] = out[j]! / factor;
  return out;
}

/**
 * The engine's input for "use the measured series": each measured VM replicates at the frequency
 * of the plan VM with its name (5 minutes when the plan has none). Only VMs with an included disk.
 */
export function measuredInput(plan: Plan, vms: readonly MeasuredVm[], startMs: number, stepSeconds: number, targetRpoSeconds: number): MeasuredInput {
  // Samples finer than the shortest cycle (30 s) only move writes within a cycle: merge them so a
  // week of 4-second samples replays as fast as one of 30-second samples.
  const factor = stepSeconds < MIN_STEP_SECONDS ? Math.ceil(MIN_STEP_SECONDS / stepSeconds) : 1;
  return {
    stepSeconds: stepSeconds * factor,
    startSecondOfDay: (((startMs % DAY_MS) + DAY_MS) % DAY_MS) / 1000,
    targetRpoSeconds,
    vms: vms
      .filter((vm) => vm.disks.some((d) => d.included))
      .map((vm) => {
        const at = planVmIndexByName(plan, vm.name);
        const planVm = at >= 0 ? plan.vms[at]! : null;
        return { id: planVm?.id ?? vm.name, name: vm.name, frequencySeconds: planVm?.frequencySeconds ?? 300, bytesPerSecond: mergeSlots(vm.bytesPerSecond, factor) };
      }),
  };
}
