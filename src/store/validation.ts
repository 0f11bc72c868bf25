import { parsePlan, type Plan, type PlanIssue } from '@/plan';
import type { PlanDraft } from './draft-ops';
import type { PlanStoreState } from './plan-store';

/** The draft checked by the one gate, parsePlan. */
export interface DraftValidation {
  ok: boolean;
  /** The trusted plan the engine may run on; null while the draft has errors. */
  plan: Plan | null;
  issues: readonly PlanIssue[];
  /** Field path (`vms[2].disks[0].usedGB`) → message, for the input showing it; several issues on one field are joined. */
  issuesByPath: ReadonlyMap<string, string>;
}

/** Path → message; several messages on one path are joined with "; ". */
export function groupIssuesByPath(issues: readonly PlanIssue[]): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const { path, message } of issues) {
    const seen = byPath.get(path);
    byPath.set(path, seen ? `${seen}; ${message}` : message);
  }
  return byPath;
}

const cache = new WeakMap<object, DraftValidation>();

/**
 * Validate a draft, memoised on its identity: every edit makes a new draft object, so selectors
 * re-run parsePlan once per edit and return the same object (no re-render) otherwise.
 */
export function selectValidation(draft: PlanDraft): DraftValidation {
  const hit = cache.get(draft);
  if (hit) return hit;
  const parsed = parsePlan(draft);
  const issues = parsed.ok ? [] : parsed.issues;
  const result: DraftValidation = { ok: parsed.ok, plan: parsed.ok ? parsed.plan : null, issues, issuesByPath: groupIssuesByPath(issues) };
  cache.set(draft, result);
  return result;
}

/**
 * `plan` just came out of parsePlan, so it is valid and parsing it again would give an equal plan
 * (the gate is idempotent: validation.test.ts): remember that instead of parsing a saved 5 000-VM
 * plan a second time while the page opens.
 */
export function rememberParsedPlan(plan: Plan): void {
  if (!cache.has(plan)) cache.set(plan, { ok: true, plan, issues: [], issuesByPath: new Map() });
}

/** Validation of the store's current draft. */
export const selectDraftValidation = (state: PlanStoreState): DraftValidation => selectValidation(state.draft);

/**
 * The newest plan that parsed. An invalid edit leaves it in place, so results stay on screen
 * (shown as out of date) instead of vanishing.
 */
export const selectLastValidPlan = (state: PlanStoreState): Plan => state.lastValidPlan;

/** True while the draft has errors and the results describe `lastValidPlan`, not the draft. */
export const selectResultsOutOfDate = (state: PlanStoreState): boolean => !selectValidation(state.draft).ok;
