/**
 * Options in words and figures (SPEC §5.9), shared by the Compare table, the report's "Options
 * considered" and "Recommended option", the CLI and the comparison CSV: one source for what a
 * goal is called, how a missed goal reads, and which figure of an option differs from the base.
 */
import { formatBytes, formatDuration, formatMbps, formatNumber } from '@/lib/format';
import type { Plan } from '@/plan';
import { aboutDays } from './unbounded';
import type { ComparisonRow, EvaluatedOption, GoalId, OptimizerResult } from '@/scenario';

/** What meeting each goal means, as a consultant says it. */
export const GOAL_WORDS: Record<GoalId, string> = {
  stable: 'keeps up (the backlog does not grow)',
  withinFailureWindow: 'stays inside the failure window',
  targetRpo: 'meets the target RPO',
  noMissedCycles: 'misses no replication cycle',
  initialReplication: 'completes the initial copy',
};

/** What missing each goal means. */
export function missedGoalWords(goal: GoalId, plan: Plan): string {
  switch (goal) {
    case 'stable':
      return 'the backlog grows without limit';
    case 'withinFailureWindow':
      return `breaches the ${plan.replication.failureWindowMinutes} min failure window`;
    case 'targetRpo':
      return `misses the ${plan.replication.targetRpoMinutes ?? '—'} min target RPO`;
    case 'noMissedCycles':
      return 'misses replication cycles';
    case 'initialReplication':
      return 'the initial copy never completes';
  }
}

/** "Meets the goals" or "Misses: the backlog grows without limit; breaches the 30 min failure window". */
export function goalsVerdict(option: Pick<EvaluatedOption, 'meetsGoals' | 'missedGoals'>, plan: Plan): string {
  if (option.meetsGoals) return 'Meets the goals';
  return `Misses: ${option.missedGoals.map((g) => missedGoalWords(g, plan)).join('; ')}`;
}

/** The goals the plan judges, in words: "keeps up, stays inside the failure window and meets the 15 min target RPO". */
export function goalsInWords(plan: Plan): string {
  const parts: string[] = [];
  if (plan.goals.stable) parts.push('keeps up');
  if (plan.goals.withinFailureWindow) parts.push(`stays inside the ${plan.replication.failureWindowMinutes} min failure window`);
  if (plan.goals.targetRpo && plan.replication.targetRpoMinutes !== null) parts.push(`meets the ${plan.replication.targetRpoMinutes} min target RPO`);
  if (plan.goals.noMissedCycles) parts.push('misses no cycle');
  parts.push('completes its initial copy');
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** An amount in the plan's currency: "1,650 EUR". */
export function formatMoney(plan: Plan, amount: number): string {
  const currency = plan.costs.currency.trim();
  return `${formatNumber(amount, amount >= 100 ? 0 : 2)}${currency ? ` ${currency}` : ''}`;
}

/** Worst RPO, or "unbounded" with how fast it grows and when Hyper-V would need a resync. */
export function optionWorstRpoText(option: EvaluatedOption): string {
  const f = option.figures;
  if (f.worstRpoSeconds !== null) return formatDuration(f.worstRpoSeconds);
  const growth = f.rpoGrowthSecondsPerDay > 0 ? `grows ${formatDuration(f.rpoGrowthSecondsPerDay)}/day` : 'grows without limit';
  const resync = f.firstResyncSeconds === null ? '' : `; resync after ${aboutDays(f.firstResyncSeconds)}`;
  return `unbounded (${growth}${resync})`;
}

const mbpsOr = (mbps: number | null) => (mbps === null ? 'not by uplink alone' : formatMbps(mbps));

/** Columns of the comparison, in order; `better` says which way is good (for the highlight). */
export const COMPARE_COLUMNS = [
  { key: 'goals', label: 'Goals' },
  { key: 'monthly', label: 'Monthly cost', better: 'lower' },
  { key: 'oneOff', label: 'One-off cost', better: 'lower' },
  { key: 'uplink', label: 'Uplink' },
  { key: 'needed', label: 'Uplink needed (keep up / window / target)' },
  { key: 'worstRpo', label: 'Worst RPO', better: 'lower' },
  { key: 'breaches', label: 'VMs breaching', better: 'lower' },
  { key: 'storage', label: 'Replica storage', better: 'lower' },
  { key: 'initial', label: 'Initial replication', better: 'lower' },
  { key: 'transfer', label: 'Monthly transfer', better: 'lower' },
] as const;

export type CompareKey = (typeof COMPARE_COLUMNS)[number]['key'];

export interface CompareCell {
  text: string;
  /** Differs from the base option's figure. */
  changed: boolean;
  /** Better or worse than the base, where the column has a direction. */
  direction: 'better' | 'worse' | null;
}

/** Numbers behind each column, for the "differs from the base" highlight (Infinity = never/unbounded). */
function numbers(o: EvaluatedOption): Record<CompareKey, number | string> {
  const req = o.figures.requiredUplinkMbps;
  return {
    goals: o.missedGoals.join(','),
    monthly: Math.round(o.cost.monthly * 100) / 100,
    oneOff: Math.round(o.cost.oneOff * 100) / 100,
    uplink: o.figures.uplinkMbps,
    needed: `${req.stable}/${req.withinFailureWindow}/${req.targetRpo}`,
    worstRpo: o.figures.worstRpoSeconds === null ? Infinity : Math.round(o.figures.worstRpoSeconds),
    breaches: o.figures.vmsBreaching,
    storage: Math.round(o.figures.replicaStorageBytes / 1e6),
    initial: o.figures.initialReplicationSeconds === null ? Infinity : Math.round(o.figures.initialReplicationSeconds / 60),
    transfer: Math.round(o.figures.monthlyTransferBytes / 1e6),
  };
}

/** One option's row of the comparison, each cell marked where it differs from `base`. */
export function compareCells(plan: Plan, option: EvaluatedOption, base: EvaluatedOption | null): Record<CompareKey, CompareCell> {
  const units = plan.units.storage;
  const req = option.figures.requiredUplinkMbps;
  const text: Record<CompareKey, string> = {
    goals: goalsVerdict(option, plan),
    monthly: `${formatMoney(plan, option.cost.monthly)}${option.cost.linkTier ? '' : ' (line not priced)'}`,
    oneOff: formatMoney(plan, option.cost.oneOff),
    uplink: `${formatMbps(option.figures.uplinkMbps)}${option.cost.linkTier ? ` (${option.cost.linkTier.name})` : ''}`,
    needed: `${mbpsOr(req.stable)} / ${mbpsOr(req.withinFailureWindow)} / ${plan.replication.targetRpoMinutes === null ? 'no target' : mbpsOr(req.targetRpo)}`,
    worstRpo: optionWorstRpoText(option),
    breaches: String(option.figures.vmsBreaching),
    storage: formatBytes(option.figures.replicaStorageBytes, units),
    initial: option.figures.initialReplicationSeconds === null ? 'never completes' : formatDuration(option.figures.initialReplicationSeconds),
    transfer: formatBytes(option.figures.monthlyTransferBytes, units),
  };
  const mine = numbers(option);
  const theirs = base ? numbers(base) : null;
  const out = {} as Record<CompareKey, CompareCell>;
  for (const column of COMPARE_COLUMNS) {
    const a = mine[column.key];
    const b = theirs?.[column.key];
    const changed = theirs !== null && a !== b;
    let direction: CompareCell['direction'] = null;
    if (changed && 'better' in column && typeof a === 'number' && typeof b === 'number') direction = a < b ? 'better' : 'worse';
    if (changed && column.key === 'goals') direction = option.missedGoals.length < (base?.missedGoals.length ?? 0) ? 'better' : option.missedGoals.length > (base?.missedGoals.length ?? 0) ? 'worse' : null;
    out[column.key] = { text: text[column.key], changed, direction };
  }
  return out;
}

/** The first option the optimizer found, or null; the one a report recommends. */
export function recommendedOption(result: OptimizerResult | null): EvaluatedOption | null {
  return result?.options[0] ?? null;
}

/** "Nothing in the catalogue meets the goals: even Fibre 1 000 with every move, the backlog grows without limit." */
export function nothingMeetsText(plan: Plan, result: OptimizerResult): string | null {
  if (!result.nothingMeets) return null;
  const misses = result.nothingMeets.missedGoals.map((g) => missedGoalWords(g, plan)).join('; ');
  const line = result.nothingMeets.closest.cost.linkTier?.name ?? formatMbps(result.nothingMeets.closest.figures.uplinkMbps);
  return `Nothing in the price list meets the goals: even on ${line} with every other change tried, ${misses}.`;
}

/** The options of a comparison that could be evaluated. */
export function evaluatedRows(rows: readonly ComparisonRow[]): EvaluatedOption[] {
  return rows.flatMap((r) => (r.ok ? [r.option] : []));
}

/** Points of the cost against worst RPO chart: unbounded options sit on a separate "unbounded" band. */
export interface CostRpoPoint {
  id: string;
  name: string;
  monthly: number;
  /** Worst RPO in minutes; null = unbounded. */
  worstRpoMinutes: number | null;
  meetsGoals: boolean;
  kind: EvaluatedOption['kind'];
}

export function costRpoPoints(options: readonly EvaluatedOption[]): CostRpoPoint[] {
  return options.map((o) => ({
    id: o.id,
    name: o.name,
    monthly: o.cost.monthly,
    worstRpoMinutes: o.figures.worstRpoSeconds === null ? null : o.figures.worstRpoSeconds / 60,
    meetsGoals: o.meetsGoals,
    kind: o.kind,
  }));
}
