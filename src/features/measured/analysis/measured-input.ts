import type { MeasuredInput } from '@/engine';
import type { Plan } from '@/plan';
import { planVmIndexByName } from './plan-vm-by-name';
import type { MeasuredVm } from './vm-series';

const DAY_MS = 86_400_000;

/**
 * The engine's input for "use the measured series": each measured VM replicates at the frequency
 * of the plan VM with its name (5 minutes when the plan has none). Only VMs with an included disk.
 */
export function measuredInput(plan: Plan, vms: readonly MeasuredVm[], startMs: number, stepSeconds: number, targetRpoSeconds: number): MeasuredInput {
  return {
    stepSeconds,
    startSecondOfDay: (((startMs % DAY_MS) + DAY_MS) % DAY_MS) / 1000,
    targetRpoSeconds,
    vms: vms
      .filter((vm) => vm.disks.some((d) => d.included))
      .map((vm) => {
        const at = planVmIndexByName(plan, vm.name);
        const planVm = at >= 0 ? plan.vms[at]! : null;
        return { id: planVm?.id ?? vm.name, name: vm.name, frequencySeconds: planVm?.frequencySeconds ?? 300, bytesPerSecond: vm.bytesPerSecond };
      }),
  };
}
