import { readFileSync } from 'node:fs';
import { formatIssue, parsePlan, type Plan } from '@/plan';

export type PlanFileOutcome = { ok: true; plan: Plan } | { ok: false; code: 1 | 2; message: string };

/** Read and check a plan file: code 1 unreadable or not JSON, 2 an invalid plan (one field error per line). */
export function readPlanFile(file: string): PlanFileOutcome {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, code: 1, message: `${file}: cannot read the file${code ? ` (${code})` : ''}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, code: 1, message: `${file}: not valid JSON (${err instanceof Error ? err.message : 'parse error'})` };
  }
  const parsed = parsePlan(json);
  if (!parsed.ok) return { ok: false, code: 2, message: parsed.issues.map(formatIssue).join('\n') };
  return { ok: true, plan: parsed.plan };
}
