/**
 * Synchronous path for tiny plans: a few milliseconds, less than a worker round trip is worth, and
 * it also serves where no Worker exists (tests, the CLI, old hosts). The limit is low on purpose:
 * the first evaluation on a thread runs before the JIT has warmed up, several times slower than
 * the next ones — the datacenter example (40 copies, ~28 ms warm) took ~175 ms inline while the
 * page opened, and a keystroke up to ~230 ms (`npm run bench:ui`); in the worker neither blocks the page.
 */
import { evaluatePlan, type PlanResult } from '@/engine';
import type { Plan } from '@/plan';

/** Largest plan, in VM copies (groups count every copy), evaluated on the main thread. */
export const INLINE_MAX_VM_COPIES = 10;

/** VM copies in the plan: the simulation's work grows with copies, not with plan rows. */
export function vmCopies(plan: Pick<Plan, 'vms'>): number {
  return plan.vms.reduce((sum, vm) => sum + vm.count, 0);
}

/** True when the plan is small enough to evaluate inline without freezing the page. */
export function canEvaluateInline(plan: Pick<Plan, 'vms'>, maxCopies = INLINE_MAX_VM_COPIES): boolean {
  return vmCopies(plan) <= maxCopies;
}

/** Evaluate on the calling thread; blocks it for the engine's run time. */
export function evaluateInline(plan: Plan): PlanResult {
  return evaluatePlan(plan);
}
