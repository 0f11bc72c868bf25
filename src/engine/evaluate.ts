import type { Plan } from '@/plan';
import type { PlanResult } from './types';

/** Evaluate a validated plan: every answer of SPEC §5. Pure and deterministic. */
export function evaluatePlan(plan: Plan): PlanResult {
  void plan;
  throw new Error('evaluatePlan: not implemented yet');
}
