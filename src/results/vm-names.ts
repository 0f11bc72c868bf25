import type { PlanResult } from '@/engine';

/** Per result's VM list, its names by id: sentences about thousands of VMs look names up in O(1). */
const byList = new WeakMap<PlanResult['vms'], Map<string, string>>();

/** The name of the result's VM `id`; the id itself when no VM has it. */
export function vmNameOf(result: Pick<PlanResult, 'vms'>, id: string): string {
  let names = byList.get(result.vms);
  if (!names) {
    names = new Map(result.vms.map((vm) => [vm.id, vm.name]));
    byList.set(result.vms, names);
  }
  return names.get(id) ?? id;
}
