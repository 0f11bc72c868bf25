/**
 * A variant is the base plan plus its changes (SPEC §5.9), validated like any plan by the one gate
 * (`parsePlan`). A change that cannot be applied, or that makes the plan invalid, is reported with
 * its number and path, in words a consultant can act on.
 */
import { formatIssue, parsePlan, type Plan, type PlanChange, type PlanVariant } from '@/plan';
import { joinPath, parseChangePath, setAtPath } from './paths';

export interface ChangeIssue {
  /** Index of the change in the variant's list; null when no single change is to blame. */
  changeIndex: number | null;
  path: string;
  message: string;
}

export type VariedPlan = { ok: true; plan: Plan } | { ok: false; issues: ChangeIssue[] };

const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b.startsWith(`${a}.`) || b.startsWith(`${a}[`);

/**
 * The base plan with `changes` applied in order, validated. The varied plan keeps the base's goals
 * and costs and carries no variants of its own.
 */
export function applyChanges(base: Plan, changes: readonly PlanChange[]): VariedPlan {
  let root: unknown = { ...base, variants: [] };
  for (const [i, change] of changes.entries()) {
    const segments = parseChangePath(change.path);
    if (!segments) return { ok: false, issues: [{ changeIndex: i, path: change.path, message: 'is not a field path (e.g. link.uplinkMbps)' }] };
    const root0 = segments[0];
    if (root0 === 'variants' || root0 === 'goals' || root0 === 'costs' || root0 === 'schemaVersion') {
      return { ok: false, issues: [{ changeIndex: i, path: change.path, message: 'a variant changes the plan, not its options' }] };
    }
    const set = setAtPath(root, segments, change.value);
    if (!set.ok) return { ok: false, issues: [{ changeIndex: i, path: joinPath(segments), message: set.message }] };
    root = set.root;
  }
  const parsed = parsePlan(root);
  if (parsed.ok) return { ok: true, plan: parsed.plan };
  return {
    ok: false,
    issues: parsed.issues.map((issue) => {
      // The last change touching the field is the one to fix.
      let changeIndex: number | null = null;
      changes.forEach((c, i) => {
        if (overlaps(c.path, issue.path)) changeIndex = i;
      });
      return { changeIndex, path: issue.path, message: issue.message };
    }),
  };
}

/** `applyChanges` for a variant. */
export function applyVariant(base: Plan, variant: PlanVariant): VariedPlan {
  return applyChanges(base, variant.changes);
}

/** One line per issue: `change 2, vms[1].frequencySeconds: Windows Server 2012 replicates every 300 s only`. */
export function formatChangeIssue(issue: ChangeIssue): string {
  const line = formatIssue(issue);
  return issue.changeIndex === null ? line : `change ${issue.changeIndex + 1}, ${line}`;
}

/**
 * "Make this the plan": the varied plan becomes the base, keeping the base's goals, costs and the
 * other variants (the applied one is dropped: it would change nothing any more).
 */
export function adoptVariedPlan(base: Plan, varied: Plan, appliedVariantId: string | null): Plan {
  return { ...varied, goals: base.goals, costs: base.costs, variants: base.variants.filter((v) => v.id !== appliedVariantId) };
}
