import type { ReactNode } from 'react';

export interface FieldShellProps {
  /** Id of the control the label points at. */
  controlId: string;
  label: ReactNode;
  /** In a table cell: the label is kept for screen readers but not drawn. */
  compact?: boolean;
  /** Text after the control, e.g. "Mbps". */
  unit?: ReactNode;
  hint?: ReactNode;
  /** Why the control is disabled, shown under it (e.g. "Windows Server 2012 replicates every 5 min only"). */
  disabledReason?: string | null;
  /** The schema's message for this field. */
  issue?: string | undefined;
  className?: string;
  children: ReactNode;
}

/** Ids of the texts that describe a control, for its aria-describedby. */
export function describedBy(controlId: string, parts: { hint?: unknown; disabledReason?: unknown; issue?: unknown }): string | undefined {
  const ids = [parts.issue ? `${controlId}-issue` : null, parts.hint ? `${controlId}-hint` : null, parts.disabledReason ? `${controlId}-why` : null];
  return ids.filter(Boolean).join(' ') || undefined;
}

/** Label, control, unit and the messages under it; one layout for every input in the editor. */
export function FieldShell({ controlId, label, compact, unit, hint, disabledReason, issue, className, children }: FieldShellProps) {
  const classes = ['field', compact ? 'field--compact' : '', issue ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={controlId} className={compact ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <div className="field-control">
        {children}
        {unit ? <span className="field-unit">{unit}</span> : null}
      </div>
      {issue ? (
        <p id={`${controlId}-issue`} className="field-issue">
          <span aria-hidden="true">⚠ </span>
          {issue}
        </p>
      ) : null}
      {hint ? (
        <p id={`${controlId}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {disabledReason ? (
        <p id={`${controlId}-why`} className="field-hint">
          {disabledReason}
        </p>
      ) : null}
    </div>
  );
}
