import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';

/** Placeholder: warnings, each linked to its VM or field. */
export function WarningsPanel(_props: { plan: Plan; result: PlanResult }) {
  return null;
}
