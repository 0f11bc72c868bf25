import type { PlanResult } from '@/engine';
import { groupWarnings } from '@/features/results/warnings/warning-groups';

/** The engine's warnings, most severe first, as plain text. */
export function ReportWarnings({ result }: { result: PlanResult }) {
  const groups = groupWarnings(result.warnings);
  return (
    <div className="report-warnings">
      <h3 id="report-warnings">Warnings</h3>
      {groups.length === 0 ? (
        <p>
          <span aria-hidden="true">✔ </span>No warnings.
        </p>
      ) : (
        groups.map((g) => (
          <div key={g.severity} className="report-warning-group">
            <h4 id={`report-warnings-${g.severity}`}>
              <span aria-hidden="true">{g.icon} </span>
              {g.title} ({g.warnings.length})
            </h4>
            <ul aria-labelledby={`report-warnings-${g.severity}`}>
              {g.warnings.map((w, i) => (
                <li key={`${w.code}-${w.vmId ?? ''}-${i}`}>{w.message}</li>
              ))}
            </ul>
          </div>
        ))
      )}
    </div>
  );
}
