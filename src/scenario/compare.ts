/**
 * Compare (SPEC §5.9): the base plan and each of its variants, evaluated with the same engine.
 * A variant that cannot be applied stays in the list with its issues instead of its figures.
 */
import { evaluatePlan, type PlanResult } from '@/engine';
import type { Plan } from '@/plan';
import { describeChange } from './describe';
import { evaluateOption, type EvaluatedOption } from './evaluate-option';
import { applyVariant, type ChangeIssue } from './variants';

export type ComparisonRow = { ok: true; option: EvaluatedOption } | { ok: false; id: string; name: string; issues: ChangeIssue[] };

export interface CompareOptions {
  /** The base plan's result when it is already known (the page has it). */
  baseResult?: PlanResult;
  evaluate?: (plan: Plan) => PlanResult;
  /** Called after each option: done of total. */
  onProgress?: (done: number, total: number) => void;
}

export function compareVariants(plan: Plan, options: CompareOptions = {}): ComparisonRow[] {
  const evaluate = options.evaluate ?? ((p: Plan) => evaluatePlan(p));
  const total = plan.variants.length + 1;
  const base = evaluateOption(
    { id: 'base', name: 'Plan as it is', kind: 'base', changes: [], changesInWords: [], plan: { ...plan, variants: [] } },
    options.baseResult ?? evaluate(plan),
  );
  const rows: ComparisonRow[] = [{ ok: true, option: base }];
  options.onProgress?.(1, total);
  for (const variant of plan.variants) {
    const varied = applyVariant(plan, variant);
    if (!varied.ok) rows.push({ ok: false, id: variant.id, name: variant.name, issues: varied.issues });
    else {
      const changesInWords = variant.changes.map((c) => describeChange(plan, c));
      rows.push({ ok: true, option: evaluateOption({ id: variant.id, name: variant.name, kind: 'variant', changes: variant.changes, changesInWords, plan: varied.plan }, evaluate(varied.plan)) });
    }
    options.onProgress?.(rows.length, total);
  }
  return rows;
}
