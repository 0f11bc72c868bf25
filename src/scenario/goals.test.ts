import { describe, expect, it } from 'vitest';
import type { PlanResult } from '@/engine';
import { buildPlan } from '@/test/factories';
import { checkGoals } from './goals';

/** A result with just the answers the goals read. */
function result(over: { stable?: boolean; breached?: boolean; worst?: number; missed?: number; ir?: number | null; unbounded?: boolean }): PlanResult {
  return {
    stable: over.stable ?? true,
    rpo: { worstSeconds: over.worst ?? 600, worstVmId: 'vm1', averageSeconds: 300, ...(over.unbounded === undefined ? {} : { unbounded: over.unbounded }) },
    failureWindow: { breached: over.breached ?? false },
    cycles: { missed: over.missed ?? 0 },
    initialReplication: { totalSeconds: over.ir === undefined ? 3600 : over.ir },
  } as unknown as PlanResult;
}

describe('goals (SPEC §5.9)', () => {
  const plan = buildPlan({ replication: { targetRpoMinutes: 15 }, goals: { noMissedCycles: true } });

  it('a plan that keeps up, stays in the window, meets 15 min and misses no cycle meets its goals', () => {
    expect(checkGoals(plan, result({ worst: 900 }))).toEqual({ meetsGoals: true, missedGoals: [] });
  });

  it('each goal maps onto its answer', () => {
    expect(checkGoals(plan, result({ worst: 901 })).missedGoals).toEqual(['targetRpo']);
    expect(checkGoals(plan, result({ breached: true })).missedGoals).toEqual(['withinFailureWindow']);
    expect(checkGoals(plan, result({ missed: 1 })).missedGoals).toEqual(['noMissedCycles']);
    expect(checkGoals(plan, result({ ir: null })).missedGoals).toEqual(['initialReplication']);
  });

  it('an unbounded plan never meets its goals, whatever the switches say', () => {
    const lax = buildPlan({ goals: { stable: false, withinFailureWindow: false, targetRpo: false } });
    expect(checkGoals(lax, result({ stable: false })).missedGoals).toEqual(['stable']);
    expect(checkGoals(plan, result({ unbounded: true, worst: 60 })).missedGoals).toEqual(['stable', 'targetRpo']);
  });

  it('switched-off goals and an unset target are not judged', () => {
    const lax = buildPlan({ goals: { withinFailureWindow: false, noMissedCycles: false } });
    expect(checkGoals(lax, result({ breached: true, missed: 40, worst: 99_999 }))).toEqual({ meetsGoals: true, missedGoals: [] });
  });
});
