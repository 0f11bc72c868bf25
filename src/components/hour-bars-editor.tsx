/**
 * Twenty-four bars, one per hour of the day, edited by dragging (a drag across bars paints them),
 * by keyboard (each bar is a vertical slider) or by typing/pasting all 24 values at once.
 * Not bound to the store: the caller owns the values (hourly link share, custom VM profiles).
 */
import { useEffect, useRef, useState, type JSX, type KeyboardEvent, type PointerEvent } from 'react';
import { decimalSeparator, formatInputNumber, parseInputNumber } from '@/lib/number-input';
import './hour-bars-editor.css';

export interface HourBarsEditorProps {
  /** Accessible name of the group, e.g. "Share of the link by hour". */
  label: string;
  /** 24 values, hour 0 (00:00–01:00) … 23. */
  values: readonly number[];
  /** Top of the scale, e.g. 100 for percent. */
  max: number;
  /** Unit shown with values, e.g. "%"; "" for weights. */
  unit: string;
  onChange: (values: number[]) => void;
  /** Id prefix for the inputs (unique on the page). */
  idPrefix: string;
}

const HOURS = 24;
const AXIS_EVERY = 3;

/** "08:00–09:00" for hour 8; the last hour ends at 24:00. */
export function hourRangeLabel(hour: number): string {
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return `${hh(hour)}–${hh(hour + 1)}`;
}

/** About 100 steps over the scale, on a power of ten: max 100 → 1, max 4 → 0.1. */
export function stepFor(max: number): number {
  return max > 0 ? 10 ** (Math.ceil(Math.log10(max)) - 2) : 1;
}

function snap(value: number, max: number): number {
  const step = stepFor(max);
  const decimals = Math.max(0, -Math.round(Math.log10(step)));
  const clamped = Math.min(max, Math.max(0, value));
  // toFixed drops the binary noise of Math.round(v / 0.1) * 0.1.
  return Number((Math.round(clamped / step) * step).toFixed(decimals));
}

const withUnit = (value: number, unit: string) => (unit ? `${formatInputNumber(value)} ${unit}` : formatInputNumber(value));

/** Values as the text box shows them: four lines of six hours. */
function formatHourValues(values: readonly number[]): string {
  const lines: string[] = [];
  for (let h = 0; h < HOURS; h += 6) lines.push(values.slice(h, h + 6).map((v) => formatInputNumber(v)).join(' '));
  return lines.join('\n');
}

export type ParsedHourValues = { ok: true; values: number[] } | { ok: false; message: string };

/**
 * Typed or pasted text → 24 values. Separators: spaces, tabs, new lines, ";" and "," — except
 * where "," is the decimal mark, then commas only separate when nothing else does. One value fills
 * every hour. Values outside 0…max are refused, not clamped, so a typo is not silently changed.
 */
export function parseHourValues(text: string, max: number, unit = ''): ParsedHourValues {
  const cleaned = text.replace(/%/g, ' ').trim();
  const commaDecimal = decimalSeparator() === ',';
  let tokens = cleaned.split(commaDecimal ? /[\s;]+/ : /[\s;,]+/).filter(Boolean);
  if (commaDecimal) {
    tokens = tokens.length === 1 && (cleaned.match(/,/g)?.length ?? 0) > 1 ? cleaned.split(',') : tokens.map((t) => t.replace(/,$/, ''));
  }
  if (tokens.length === 0) return { ok: false, message: `Type ${HOURS} values, or one for every hour` };
  const values: number[] = [];
  for (const [i, token] of tokens.entries()) {
    const value = parseInputNumber(token);
    const where = `Value ${i + 1} ("${token}")`;
    if (value === undefined || value === null) return { ok: false, message: `${where} is not a number` };
    if (value < 0 || value > max) return { ok: false, message: `${where} must be from 0 to ${withUnit(max, unit)}` };
    values.push(value);
  }
  if (values.length === 1) return { ok: true, values: Array<number>(HOURS).fill(values[0] ?? 0) };
  if (values.length !== HOURS) return { ok: false, message: `Expected ${HOURS} values (hour 00 first), got ${values.length}` };
  return { ok: true, values };
}

/** Bars editor; see the file comment. */
export function HourBarsEditor({ label, values, max, unit, onChange, idPrefix }: HourBarsEditorProps): JSX.Element {
  const current = Array.from({ length: HOURS }, (_, h) => {
    const v = values[h];
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
  });
  const plotRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ values: number[]; hour: number; value: number } | null>(null);
  const [active, setActive] = useState(0); // the bar in the tab order (roving tabindex)
  const step = stepFor(max);
  const barId = (hour: number) => `${idPrefix}-h${hour}`;

  const setHour = (hour: number, value: number) => {
    const next = [...current];
    next[hour] = snap(value, max);
    if (next[hour] !== current[hour]) onChange(next);
  };

  const focusBar = (hour: number) => {
    setActive(hour);
    document.getElementById(barId(hour))?.focus();
  };

  const onKeyDown = (hour: number) => (e: KeyboardEvent<HTMLDivElement>) => {
    const big = step * 10;
    const value = current[hour] ?? 0;
    const byKey: Record<string, () => void> = {
      ArrowUp: () => setHour(hour, value + (e.shiftKey ? big : step)),
      ArrowDown: () => setHour(hour, value - (e.shiftKey ? big : step)),
      PageUp: () => setHour(hour, value + big),
      PageDown: () => setHour(hour, value - big),
      Home: () => setHour(hour, 0),
      End: () => setHour(hour, max),
      ArrowLeft: () => focusBar(Math.max(0, hour - 1)),
      ArrowRight: () => focusBar(Math.min(HOURS - 1, hour + 1)),
    };
    const action = byKey[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  /** Hour and value under the pointer; the plot's bottom edge is 0, its top edge is max. */
  const pointAt = (clientX: number, clientY: number) => {
    const rect = plotRef.current?.getBoundingClientRect();
    if (!rect || rect.width <= 0 || rect.height <= 0) return null;
    const hour = Math.min(HOURS - 1, Math.max(0, Math.floor(((clientX - rect.left) / rect.width) * HOURS)));
    return { hour, value: snap(((rect.bottom - clientY) / rect.height) * max, max) };
  };

  const paint = (to: { hour: number; value: number }) => {
    const state = drag.current;
    if (!state) return;
    // A fast drag skips bars between two events: fill them along the line between the two points.
    const span = Math.abs(to.hour - state.hour);
    for (let k = 0; k <= span; k++) {
      const hour = state.hour + Math.sign(to.hour - state.hour) * k;
      state.values[hour] = span === 0 ? to.value : snap(state.value + ((to.value - state.value) * k) / span, max);
    }
    state.hour = to.hour;
    state.value = to.value;
    onChange([...state.values]);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const point = pointAt(e.clientX, e.clientY);
    if (!point) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { values: [...current], ...point };
    paint(point);
    focusBar(point.hour);
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const point = pointAt(e.clientX, e.clientY);
    if (!point) return;
    const moved = point.hour !== drag.current.hour;
    paint(point);
    // Focus follows the pointer, so the readout names the hour being painted.
    if (moved) focusBar(point.hour);
  };

  const endDrag = () => {
    drag.current = null;
  };

  return (
    <div role="group" aria-labelledby={`${idPrefix}-label`} className="hour-bars">
      <div id={`${idPrefix}-label`} className="hour-bars-label">
        {label}
      </div>
      <div className="hour-bars-frame">
        <div className="hour-bars-scale" aria-hidden="true">
          <span>{withUnit(max, unit)}</span>
          <span>0</span>
        </div>
        <div
          ref={plotRef}
          className="hour-bars-plot"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onLostPointerCapture={endDrag}
        >
          {current.map((value, hour) => (
            <div
              key={hour}
              id={barId(hour)}
              role="slider"
              tabIndex={hour === active ? 0 : -1}
              className="hour-bars-bar"
              aria-label={hourRangeLabel(hour)}
              aria-orientation="vertical"
              aria-valuemin={0}
              aria-valuemax={max}
              aria-valuenow={value}
              aria-valuetext={`${hourRangeLabel(hour)}: ${withUnit(value, unit)}`}
              aria-describedby={`${idPrefix}-keys`}
              title={`${hourRangeLabel(hour)}: ${withUnit(value, unit)}`}
              onKeyDown={onKeyDown(hour)}
              onFocus={() => setActive(hour)}
            >
              <div className="hour-bars-fill" style={{ height: `${max > 0 ? Math.min(100, (value / max) * 100) : 0}%` }} />
            </div>
          ))}
        </div>
        <div className="hour-bars-axis" aria-hidden="true">
          {Array.from({ length: HOURS / AXIS_EVERY }, (_, k) => (
            <span key={k}>{String(k * AXIS_EVERY).padStart(2, '0')}</span>
          ))}
        </div>
      </div>
      <p className="hour-bars-readout" aria-hidden="true">
        {hourRangeLabel(active)}: <strong>{withUnit(current[active] ?? 0, unit)}</strong>
      </p>
      <p id={`${idPrefix}-keys`} className="hour-bars-keys">
        Drag across the bars, or use ↑ ↓ (Shift or Page keys: ×10), ← → for the next hour, Home / End.
      </p>
      <HourValuesText idPrefix={idPrefix} label={label} values={current} max={max} unit={unit} onChange={onChange} />
    </div>
  );
}

/** The "Type values" disclosure: one box for all 24 values, e.g. a row pasted from a spreadsheet. */
function HourValuesText({ idPrefix, label, values, max, unit, onChange }: HourBarsEditorProps) {
  const shown = formatHourValues(values);
  const [text, setText] = useState(shown);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textId = `${idPrefix}-text`;

  // Follow drags and undo while the user has no edit of their own in the box.
  useEffect(() => {
    if (!dirty) setText(shown);
  }, [shown, dirty]);

  const apply = () => {
    const parsed = parseHourValues(text, max, unit);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    setDirty(false);
    onChange(parsed.values.map((v) => snap(v, max)));
  };

  return (
    <details className="hour-bars-type">
      <summary>Type values</summary>
      <label htmlFor={textId} className="hour-bars-type-label">
        {label}: 24 values{unit ? ` in ${unit}` : ''}, hour 00 first. Spaces, tabs, new lines or commas separate them; one value sets every hour.
      </label>
      <textarea
        id={textId}
        rows={4}
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${textId}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setDirty(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            apply();
          }
        }}
      />
      <div className="hour-bars-type-actions">
        <button type="button" onClick={apply}>
          Apply
        </button>
        {dirty ? (
          <button
            type="button"
            onClick={() => {
              setDirty(false);
              setError(null);
            }}
          >
            Discard
          </button>
        ) : null}
      </div>
      {error ? (
        // An alert is announced when it appears; an always-present empty live region would be noise.
        <p id={`${textId}-error`} className="hour-bars-error" role="alert">
          {error}
        </p>
      ) : null}
    </details>
  );
}
