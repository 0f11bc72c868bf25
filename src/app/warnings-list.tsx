import type { PlanResult, Warning } from '@/engine';
import { vmLabel } from './verdict';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** "FS01: " before a message about FS01, unless the message already names it. */
function vmPrefix(result: PlanResult, warning: Warning): string {
  if (!warning.vmId) return '';
  const label = vmLabel(result, warning.vmId);
  return warning.message.includes(label) ? '' : `${label}: `;
}

/** The engine's warnings, in the engine's order, each with its severity and VM. */
export function WarningsList({ result }: { result: PlanResult }) {
  return (
    <section aria-labelledby="warnings-heading">
      <h3 id="warnings-heading">Warnings</h3>
      {result.warnings.length === 0 ? (
        <p>No warnings.</p>
      ) : (
        <ul className="warnings">
          {result.warnings.map((w, i) => (
            <li key={`${w.code}-${w.vmId ?? ''}-${i}`} className={`warning warning--${w.severity}`}>
              <strong>{SEVERITY_LABEL[w.severity]}:</strong> {vmPrefix(result, w)}
              {w.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
