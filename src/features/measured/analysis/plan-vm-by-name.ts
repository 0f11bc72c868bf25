import type { Plan } from '@/plan';

/** Plan VM index of a measured VM: same name, case and surrounding spaces ignored; −1 when none. */
export function planVmIndexByName(plan: Plan, name: string): number {
  const key = name.trim().toLowerCase();
  return plan.vms.findIndex((vm) => (vm.name ?? '').trim().toLowerCase() === key);
}
