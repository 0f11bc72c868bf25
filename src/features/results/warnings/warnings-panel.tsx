import { useState } from 'react';
import { fieldDomId, revealById, vmRowDomId } from '@/components';
import type { PlanResult, Warning } from '@/engine';
import { fieldLabel, type Plan } from '@/plan';
import { warningMessage } from '@/results';
import { groupWarnings, type WarningGroup } from '@/results';
import './warnings.css';

/** Items per severity before "Show all": a 5 000-VM plan can raise thousands of warnings. */
export const WARNINGS_PER_GROUP = 20;

/** Buttons that take the reader to what the warning is about: the plan field, the VM, or both. */
function WarningLinks({ warning, vmName, plan }: { warning: Warning; vmName: string | null; plan: Plan }) {
  const { field, vmId } = warning;
  return (
    <span className="warnings-links">
      {field ? (
        <button type="button" className="warnings-link" onClick={() => revealById(fieldDomId(field))}>
          Go to {fieldLabel(field, plan)}
        </button>
      ) : null}
      {vmId ? (
        <button type="button" className="warnings-link" onClick={() => revealById(vmRowDomId(vmId))}>
          Show {vmName ?? vmId}
        </button>
      ) : null}
    </span>
  );
}

function Group({ group, names, plan }: { group: WarningGroup; names: Map<string, string>; plan: Plan }) {
  const [expanded, setExpanded] = useState(false);
  const id = `warnings-${group.severity}`;
  const visible = expanded ? group.warnings : group.warnings.slice(0, WARNINGS_PER_GROUP);
  return (
    <div className={`warnings-group warnings-group--${group.severity}`}>
      <h3 id={id} className="warnings-group-title">
        <span aria-hidden="true">{group.icon} </span>
        {group.title} ({group.warnings.length})
      </h3>
      <ul aria-labelledby={id} className="warnings-list">
        {visible.map((w, i) => (
          <li key={`${w.code}-${w.vmId ?? ''}-${w.field ?? ''}-${i}`} className="warnings-item">
            <span className="warnings-severity">
              <span aria-hidden="true">{group.icon} </span>
              {group.label}:
            </span>{' '}
            <span className="warnings-message">{warningMessage(w)}</span> <WarningLinks warning={w} vmName={w.vmId ? (names.get(w.vmId) ?? null) : null} plan={plan} />
          </li>
        ))}
      </ul>
      {group.warnings.length > WARNINGS_PER_GROUP ? (
        <button type="button" className="warnings-more" onClick={() => setExpanded((v) => !v)}>
          {expanded ? `Show the first ${WARNINGS_PER_GROUP}` : `Show all ${group.warnings.length} ${group.title.toLowerCase()}`}
        </button>
      ) : null}
    </div>
  );
}

/** The engine's warnings, most severe first, in the reader's locale, each linked to its VM or field in the editor. */
export function WarningsPanel({ plan, result }: { plan: Plan; result: PlanResult }) {
  const groups = groupWarnings(result.warnings);
  const names = new Map(result.vms.map((vm) => [vm.id, vm.name || vm.id]));
  return (
    <section className="warnings" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">Warnings</h2>
      {groups.length === 0 ? (
        <p className="warnings-empty">
          <span aria-hidden="true">✔ </span>No warnings.
        </p>
      ) : (
        groups.map((g) => <Group key={g.severity} group={g} names={names} plan={plan} />)
      )}
    </section>
  );
}
