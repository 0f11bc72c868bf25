/**
 * Inputs bound to a field of the draft plan by path. Each shows the schema's own message when the
 * field is invalid, and writes every keystroke to the draft (invalid text included, so the schema
 * can name the problem); results keep showing the last valid plan meanwhile.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { formatInputNumber, parseInputNumber } from '@/lib/number-input';
import type { FieldPath, JsonValue } from '@/store';
import { fieldDomId } from './dom-ids';
import { describedBy, FieldShell } from './field-shell';
import { useDraftValue, useFieldIssue, useSetField } from './use-field';

interface BoundFieldProps {
  path: FieldPath;
  label: ReactNode;
  /** Accessible name when `label` is not plain text, or in a table (e.g. "Count of SQL01"). */
  ariaLabel?: string;
  compact?: boolean;
  hint?: ReactNode;
  disabled?: boolean;
  /** Shown under a disabled control. */
  disabledReason?: string | null;
  className?: string;
}

/** What the box shows for a draft value: numbers in the display locale, bad text as typed. */
function textOf(value: unknown): string {
  if (typeof value === 'number') return formatInputNumber(value);
  if (typeof value === 'string') return value;
  return '';
}

/** The draft value a text stands for: a number, null (empty), or the text itself (not a number). */
function valueOf(text: string): JsonValue {
  const parsed = parseInputNumber(text);
  return parsed === undefined ? text : parsed;
}

export interface NumberFieldProps extends BoundFieldProps {
  unit?: ReactNode;
  min?: number;
  max?: number;
  /** Shown in an empty box of a nullable field, e.g. "auto" or "none". */
  placeholder?: string;
  /** Width in characters. */
  size?: number;
}

/** A number in the display locale; an empty box stores null (for nullable fields: "not set"). */
export function NumberField({ path, label, ariaLabel, compact, hint, disabled, disabledReason, className, unit, min, max, placeholder, size = 8 }: NumberFieldProps) {
  const id = fieldDomId(path);
  const value = useDraftValue(path);
  const issue = useFieldIssue(path);
  const set = useSetField(path);
  const [text, setText] = useState(() => textOf(value));

  // Follow outside changes (undo, unit switch, another control) unless the text already means the value.
  useEffect(() => {
    setText((current) => (Object.is(valueOf(current), value ?? null) ? current : textOf(value)));
  }, [value]);

  return (
    <FieldShell controlId={id} label={label} compact={compact} unit={unit} hint={hint} disabledReason={disabled ? disabledReason : null} issue={issue} className={className}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        size={size}
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(id, { hint, disabledReason: disabled && disabledReason, issue })}
        title={min !== undefined && max !== undefined ? `From ${formatInputNumber(min)} to ${formatInputNumber(max)}` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          set(valueOf(e.target.value));
        }}
        onBlur={() => setText(textOf(value))}
      />
    </FieldShell>
  );
}

export interface SelectOption<V extends JsonValue> {
  value: V;
  label: string;
  disabled?: boolean;
}

export interface SelectFieldProps<V extends JsonValue> extends BoundFieldProps {
  options: readonly SelectOption<V>[];
}

const optionKey = (value: JsonValue) => (value === null ? '' : String(value));

/** A choice among fixed values (strings, numbers or null). */
export function SelectField<V extends JsonValue>({ path, label, ariaLabel, compact, hint, disabled, disabledReason, className, options }: SelectFieldProps<V>) {
  const id = fieldDomId(path);
  const value = useDraftValue(path) as JsonValue;
  const issue = useFieldIssue(path);
  const set = useSetField(path);
  const known = options.some((o) => optionKey(o.value) === optionKey(value ?? null));
  return (
    <FieldShell controlId={id} label={label} compact={compact} hint={hint} disabledReason={disabled ? disabledReason : null} issue={issue} className={className}>
      <select
        id={id}
        value={optionKey(value ?? null)}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(id, { hint, disabledReason: disabled && disabledReason, issue })}
        onChange={(e) => {
          const picked = options.find((o) => optionKey(o.value) === e.target.value);
          if (picked) set(picked.value);
        }}
      >
        {known ? null : <option value={optionKey(value ?? null)}>{String(value)} (not allowed)</option>}
        {options.map((o) => (
          <option key={optionKey(o.value)} value={optionKey(o.value)} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** An on/off field. */
export function CheckboxField({ path, label, ariaLabel, hint, disabled, disabledReason, className }: BoundFieldProps) {
  const id = fieldDomId(path);
  const value = useDraftValue(path);
  const issue = useFieldIssue(path);
  const set = useSetField(path);
  return (
    <div className={['field field--check', issue ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(id, { hint, disabledReason: disabled && disabledReason, issue })}
        onChange={(e) => set(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {issue ? (
        <p id={`${id}-issue`} className="field-issue">
          <span aria-hidden="true">⚠ </span>
          {issue}
        </p>
      ) : null}
      {hint ? <p id={`${id}-hint`} className="field-hint">{hint}</p> : null}
      {disabled && disabledReason ? <p id={`${id}-why`} className="field-hint">{disabledReason}</p> : null}
    </div>
  );
}

export interface TextFieldProps extends BoundFieldProps {
  maxLength?: number;
  size?: number;
}

/** Free text (names). */
export function TextField({ path, label, ariaLabel, compact, hint, disabled, disabledReason, className, maxLength, size = 20 }: TextFieldProps) {
  const id = fieldDomId(path);
  const value = useDraftValue(path);
  const issue = useFieldIssue(path);
  const set = useSetField(path);
  return (
    <FieldShell controlId={id} label={label} compact={compact} hint={hint} disabledReason={disabled ? disabledReason : null} issue={issue} className={className}>
      <input
        id={id}
        type="text"
        autoComplete="off"
        size={size}
        value={typeof value === 'string' ? value : ''}
        maxLength={maxLength}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(id, { hint, disabledReason: disabled && disabledReason, issue })}
        onChange={(e) => set(e.target.value)}
      />
    </FieldShell>
  );
}
