/**
 * `--options` (SPEC §5.9): the comparison of the plan's variants and the optimizer's ranked list.
 * JSON entries carry `name`, `changes`, `meetsGoals`, `monthlyCost`, `oneOffCost`, `summary` and
 * `plan` (the whole varied plan); text is a readable table.
 */
import { formatDuration } from '@/lib/format';
import type { Plan } from '@/plan';
import { compareCells, COMPARE_COLUMNS, formatMoney, goalsInWords, goalsVerdict, nothingMeetsText } from '@/results';
import { compareVariants, optimize, type ComparisonRow, type EvaluatedOption, type OptimizerResult } from '@/scenario';

export interface OptionsReport {
  comparison: ComparisonRow[];
  optimizer: OptimizerResult;
  optimizerSeconds: number;
}

export function runOptions(plan: Plan, now: () => number = () => performance.now()): OptionsReport {
  const comparison = compareVariants(plan);
  const start = now();
  const optimizer = optimize(plan);
  return { comparison, optimizer, optimizerSeconds: (now() - start) / 1000 };
}

function entry(plan: Plan, o: EvaluatedOption) {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    changes: o.changes,
    changesInWords: o.changesInWords,
    meetsGoals: o.meetsGoals,
    missedGoals: o.missedGoals,
    monthlyCost: o.cost.monthly,
    oneOffCost: o.cost.oneOff,
    currency: plan.costs.currency,
    summary: { verdict: goalsVerdict(o, plan), linkTier: o.cost.linkTier?.name ?? null, ...o.figures },
    plan: o.plan,
  };
}

export function optionsJson(plan: Plan, report: OptionsReport): string {
  return `${JSON.stringify(
    {
      goals: plan.goals,
      comparison: report.comparison.map((r) => (r.ok ? entry(plan, r.option) : { id: r.id, name: r.name, error: r.issues })),
      optimizer: {
        options: report.optimizer.options.map((o) => entry(plan, o)),
        nothingMeets: report.optimizer.nothingMeets ? { missedGoals: report.optimizer.nothingMeets.missedGoals, closest: entry(plan, report.optimizer.nothingMeets.closest) } : null,
        notes: report.optimizer.notes,
        evaluations: report.optimizer.evaluations,
      },
    },
    null,
    2,
  )}\n`;
}

function block(plan: Plan, o: EvaluatedOption, base: EvaluatedOption | null): string[] {
  const cells = compareCells(plan, o, base);
  const lines = [`${o.name}`];
  for (const column of COMPARE_COLUMNS) {
    const cell = cells[column.key];
    const mark = cell.direction === 'better' ? '  (better)' : cell.direction === 'worse' ? '  (worse)' : cell.changed ? '  (changed)' : '';
    lines.push(`  ${column.label.padEnd(44)}${cell.text}${mark}`);
  }
  for (const words of o.changesInWords) lines.push(`  - ${words}`);
  return lines;
}

export function optionsText(plan: Plan, report: OptionsReport): string {
  const lines: string[] = [`Options — ${plan.name}`, `Goals: the plan ${goalsInWords(plan)}.`, ''];
  const base = report.comparison[0]?.ok ? report.comparison[0].option : null;
  lines.push('Compared (the plan and its variants; differences against the plan marked):', '');
  for (const row of report.comparison) {
    if (row.ok) lines.push(...block(plan, row.option, row.option === base ? null : base), '');
    else lines.push(`${row.name}`, ...row.issues.map((i) => `  cannot be applied: ${i.changeIndex === null ? '' : `change ${i.changeIndex + 1}, `}${i.path}: ${i.message}`), '');
  }
  const opt = report.optimizer;
  lines.push(`Cheapest options that meet the goals (${opt.evaluations} engine runs, ${formatDuration(report.optimizerSeconds)}):`, '');
  const nothing = nothingMeetsText(plan, opt);
  if (nothing) lines.push(nothing, '');
  for (const o of opt.options) lines.push(...block(plan, o, base), `  => ${formatMoney(plan, o.cost.monthly)} a month, ${formatMoney(plan, o.cost.oneOff)} once`, '');
  for (const note of opt.notes) lines.push(`Note: ${note}`);
  return `${lines.join('\n')}\n`;
}
