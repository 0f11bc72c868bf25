/**
 * A plan as a JSON file: what "Save JSON" writes and "Open…" reads. Reading goes through the one
 * gate, parsePlan (migrate, fill defaults, check every rule); a failure is a value naming the field.
 */
import { describeIssue, parsePlan, type Plan, type PlanIssue } from '@/plan';
import type { PlanDraft } from '@/store';

/** Larger than any plan the limits allow (5,000 VMs); a bigger file is not a plan. */
export const MAX_PLAN_FILE_BYTES = 50 * 2 ** 20;

/** On failure, `data` is the parsed JSON (when it was JSON), so messages can name its VMs and disks. */
export type PlanFileRead = { ok: true; plan: Plan; migratedFrom: number | null } | { ok: false; issues: PlanIssue[]; data?: unknown };

/** The plan as a readable file: two-space indent, fields in schema order, trailing newline. */
export function planToJson(plan: PlanDraft): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** Text of a plan file (or pasted JSON) → a trusted plan, or the issues that stop it. Never throws. */
export function readPlanJson(text: string): PlanFileRead {
  if (text.length > MAX_PLAN_FILE_BYTES) {
    return { ok: false, issues: [{ path: 'plan', message: `is too large (${Math.round(text.length / 2 ** 20)} MiB); a plan file is at most ${MAX_PLAN_FILE_BYTES / 2 ** 20} MiB` }] };
  }
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return { ok: false, issues: [{ path: 'plan', message: 'is empty: choose a plan file or paste its JSON' }] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    return { ok: false, issues: [{ path: 'plan', message: `is not valid JSON (${jsonErrorText(err, body)})` }] };
  }
  const parsed = parsePlan(data);
  return parsed.ok ? parsed : { ...parsed, data };
}

/**
 * The engine's JSON error, short and with a line number where it gives a position:
 * "Expected ',' or '}' after property value in JSON at position 16" → "…, line 3". Messages that
 * quote the text ("Unexpected token '}', "…" is not valid JSON") keep only their first part.
 */
function jsonErrorText(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const at = /position (\d+)/.exec(message);
  if (at) {
    const line = text.slice(0, Number(at[1])).split('\n').length;
    return `${message.replace(/\s*in JSON at position \d+.*$/s, '')}, line ${line}`;
  }
  const first = message.split(/,\s*(?:"|\.\.\.)/)[0] ?? message;
  return first.length > 100 ? `${first.slice(0, 100)}…` : first;
}

/**
 * The issues as lines for a message about a file: the field in the editor's words, then where it
 * is in the file, for whoever fixes it there: "SQL01, disk Data: Size (GiB) must be greater than 0
 * (vms[2].disks[0].sizeGB in the file)".
 */
export function issueLines(issues: readonly PlanIssue[], max = 20, plan?: object): string[] {
  const lines = issues.slice(0, max).map((issue) => (issue.path === 'plan' ? describeIssue(issue, plan) : `${describeIssue(issue, plan)} (${issue.path} in the file)`));
  if (issues.length > max) lines.push(`…and ${issues.length - max} more`);
  return lines;
}
