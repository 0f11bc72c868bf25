/** Small readers over a PlanResult, so engine tests state what they check and nothing else. */
import type { PlanResult, VmResult } from '@/engine';

/** The result entry of the VM with this id (fails loudly if absent). */
export function vmResult(result: PlanResult, id: string): VmResult {
  const vm = result.vms.find((v) => v.id === id);
  if (!vm) throw new Error(`no VM "${id}" in result (have ${result.vms.map((v) => v.id).join(', ')})`);
  return vm;
}

/** Warning codes present in a result, e.g. ['compression-off']. */
export function warningCodes(result: PlanResult, vmId?: string): string[] {
  return result.warnings.filter((w) => vmId === undefined || w.vmId === vmId).map((w) => w.code);
}

/** The initial-replication entry of one VM. */
export function irVm(result: PlanResult, id: string) {
  const vm = result.initialReplication.vms.find((v) => v.id === id);
  if (!vm) throw new Error(`no initial-replication entry for "${id}"`);
  return vm;
}
