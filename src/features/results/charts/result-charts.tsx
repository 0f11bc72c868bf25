import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';

/** Placeholder: the five result charts. */
export function ResultCharts(_props: { plan: Plan; result: PlanResult }) {
  return null;
}
