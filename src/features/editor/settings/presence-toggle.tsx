import type { ReactNode } from 'react';
import { describedBy, fieldDomId, useDraftValue, useFieldIssue, useSetField } from '@/components';
import type { FieldPath, JsonValue } from '@/store';

export interface PresenceToggleProps {
  /** A nullable object or list field, e.g. `['extended']`. */
  path: FieldPath;
  label: ReactNode;
  /** The value switching on writes (a full object: the draft keeps the plan's shape). */
  make: () => JsonValue;
  hint?: ReactNode;
  disabled?: boolean;
  disabledReason?: string | null;
}

/** A checkbox for a field that is either null (off) or a value (on); off writes null. */
export function PresenceToggle({ path, label, make, hint, disabled, disabledReason }: PresenceToggleProps) {
  const id = fieldDomId(path);
  const value = useDraftValue(path);
  const issue = useFieldIssue(path);
  const set = useSetField(path);
  const why = disabled ? disabledReason : null;
  return (
    <div className={['field field--check', issue ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <input
        id={id}
        type="checkbox"
        checked={value !== null && value !== undefined}
        disabled={disabled}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(id, { hint, disabledReason: why, issue })}
        onChange={(e) => set(e.target.checked ? make() : null)}
      />
      <label htmlFor={id}>{label}</label>
      {issue ? (
        <p id={`${id}-issue`} className="field-issue">
          <span aria-hidden="true">⚠ </span>
          {issue}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {why ? (
        <p id={`${id}-why`} className="field-hint">
          {why}
        </p>
      ) : null}
    </div>
  );
}
