import type { PlanResult } from '@/engine';
import { digestWarnings } from './warning-digest';

/** The engine's warnings, most severe first, as plain text; long runs of one kind are cut short. */
export function ReportWarnings({ result }: { result: PlanResult }) {
  const groups = digestWarnings(result.warnings, new Map(result.vms.map((vm) => [vm.id, vm.name || vm.id])));
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
              {g.title} ({g.total})
            </h4>
            <ul aria-labelledby={`report-warnings-${g.severity}`}>
              {g.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        ))
      )}
    </div>
  );
}
