import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';

/** Placeholder: per-VM results table. */
export function VmResultsTable(_props: { plan: Plan; result: PlanResult }) {
  return null;
}
