import { formatIssue, type PlanIssue } from '@/plan';

/** Why a plan was refused: one line per field, as `path: message`. */
export function PlanIssues({ issues }: { issues: readonly PlanIssue[] }) {
  return (
    <div role="alert" className="notice notice--error">
      <h2>This plan is not valid</h2>
      <p>Fix these fields and load it again:</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.path}-${i}`}>
            <code>{formatIssue(issue)}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
