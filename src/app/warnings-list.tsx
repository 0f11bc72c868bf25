import type { PlanResult } from '@/engine';
import { vmLabel } from './verdict';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

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
              <strong>{SEVERITY_LABEL[w.severity]}:</strong> {w.vmId ? `${vmLabel(result, w.vmId)}: ` : ''}
              {w.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
