import { createPlanStore, type PlanStoreOptions } from '../plan-store';
import { branchOffice } from './example-plan';

/** A store on the branch-office plan with a hand-driven clock (ms). */
export function setup(options: Partial<PlanStoreOptions> = {}) {
  const clock = { ms: 0 };
  const store = createPlanStore({ initialPlan: branchOffice(), now: () => clock.ms, ...options });
  const tick = (ms = 5000) => (clock.ms += ms);
  return { store, s: () => store.getState(), tick, clock };
}
/** VM ids in plan order. */
export const ids = (plan: { vms: { id: string }[] }) => plan.vms.map((vm) => vm.id);
