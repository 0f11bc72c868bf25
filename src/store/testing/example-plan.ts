import { formatIssue, parsePlan, type Plan } from '@/plan';
import branchOfficeJson from '../../../public/examples/branch-office.json?raw';

/** The branch-office example as the app starts from it: parsed, every default filled. */
export function branchOffice(): Plan {
  const parsed = parsePlan(JSON.parse(branchOfficeJson));
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  return parsed.plan;
}
