/**
 * One option, evaluated: the base plan, a variant or an optimizer proposal, with the same engine,
 * goals and prices, reduced to the figures a comparison shows (SPEC §5.9). Plain JSON data.
 */
import { evaluatePlan, type PlanResult, type RequiredUplink } from '@/engine';
import type { Plan, PlanChange } from '@/plan';
import { checkGoals, isUnbounded, type GoalId } from './goals';
import { optionCost, type OptionCost } from './costs';

export type OptionKind = 'base' | 'variant' | 'optimizer';

export interface OptionFigures {
  uplinkMbps: number;
  stable: boolean;
  /** The backlog grows without limit: no worst RPO is an answer. */
  unbounded: boolean;
  /** Worst RPO over the day, seconds; null when unbounded. */
  worstRpoSeconds: number | null;
  /** When unbounded: how much the worst lag grows per day, seconds (0 when bounded). */
  rpoGrowthSecondsPerDay: number;
  /** The earliest resync Hyper-V would demand, seconds from the start; null = none (SPEC §5.3a). */
  firstResyncSeconds: number | null;
  worstVmId: string;
  vmsBreaching: number;
  missedCycles: number;
  requiredUplinkMbps: RequiredUplink;
  replicaStorageBytes: number;
  /** Whole initial replication, seconds; null = never completes. */
  initialReplicationSeconds: number | null;
  monthlyTransferBytes: number;
}

export interface EvaluatedOption {
  /** `base`, a variant's id, or `option-1`… for the optimizer's proposals. */
  id: string;
  name: string;
  kind: OptionKind;
  /** Changes against the base plan. */
  changes: PlanChange[];
  /** The changes in words, one line each. */
  changesInWords: string[];
  meetsGoals: boolean;
  missedGoals: GoalId[];
  cost: OptionCost;
  figures: OptionFigures;
  /** The whole varied plan. */
  plan: Plan;
}

export function optionFigures(plan: Plan, result: PlanResult): OptionFigures {
  const unbounded = isUnbounded(result);
  return {
    uplinkMbps: plan.link.uplinkMbps,
    stable: result.stable,
    unbounded,
    worstRpoSeconds: unbounded ? null : result.rpo.worstSeconds,
    rpoGrowthSecondsPerDay: unbounded ? (result.rpo.growthSecondsPerDay ?? 0) : 0,
    firstResyncSeconds: result.rpo.firstResync?.afterSeconds ?? null,
    worstVmId: result.rpo.worstVmId,
    vmsBreaching: result.failureWindow.vmsBreaching,
    missedCycles: result.cycles.missed,
    requiredUplinkMbps: result.bandwidth.requiredUplinkMbps,
    replicaStorageBytes: result.storage.replica.totalBytes,
    initialReplicationSeconds: result.initialReplication.totalSeconds,
    monthlyTransferBytes: result.bandwidth.monthlyTransferBytes,
  };
}

export interface OptionInput {
  id: string;
  name: string;
  kind: OptionKind;
  changes: PlanChange[];
  changesInWords: string[];
  plan: Plan;
}

/** Evaluate an option in full (searches included) or with a result already at hand. */
export function evaluateOption(input: OptionInput, result: PlanResult = evaluatePlan(input.plan)): EvaluatedOption {
  const goals = checkGoals(input.plan, result);
  return { ...input, ...goals, cost: optionCost(input.plan, result), figures: optionFigures(input.plan, result) };
}
