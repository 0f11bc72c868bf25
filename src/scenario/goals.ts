/**
 * Does an evaluated plan meet its goals (SPEC §5.9)? Each goal maps onto one engine answer. Two
 * rules hold whatever the switches say: a plan whose backlog grows without limit never meets its
 * goals (its worst RPO is no answer), and neither does one whose initial copy never completes
 * (replication would never start).
 */
import type { PlanResult } from '@/engine';
import type { Plan } from '@/plan';

export const GOAL_IDS = ['stable', 'withinFailureWindow', 'targetRpo', 'noMissedCycles', 'initialReplication'] as const;
export type GoalId = (typeof GOAL_IDS)[number];

export interface GoalCheck {
  meetsGoals: boolean;
  /** Goals missed, in GOAL_IDS order. */
  missedGoals: GoalId[];
}

/** The backlog grows day over day: no finite worst RPO (SPEC §5.3a `rpo.unbounded`). */
export function isUnbounded(result: PlanResult): boolean {
  // `?? !stable`: results from before the field existed (and test stubs) still read correctly.
  return (result.rpo.unbounded as boolean | undefined) ?? !result.stable;
}

export function checkGoals(plan: Plan, result: PlanResult): GoalCheck {
  const unbounded = isUnbounded(result);
  const target = plan.replication.targetRpoMinutes;
  const missed = new Set<GoalId>();
  if (unbounded) missed.add('stable');
  if (plan.goals.withinFailureWindow && result.failureWindow.breached) missed.add('withinFailureWindow');
  if (plan.goals.targetRpo && target !== null && (unbounded || result.rpo.worstSeconds > target * 60)) missed.add('targetRpo');
  if (plan.goals.noMissedCycles && result.cycles.missed > 0) missed.add('noMissedCycles');
  if (result.initialReplication.totalSeconds === null) missed.add('initialReplication');
  const missedGoals = GOAL_IDS.filter((g) => missed.has(g));
  return { meetsGoals: missedGoals.length === 0, missedGoals };
}
