/**
 * A number box for values held outside the plan (a target to explore, a percentile): text with
 * the display locale's decimal mark ("20,5" where the mark is a comma, "20.5" everywhere), not
 * `<input type="number">`, whose accepted mark follows the browser's own language instead.
 * Text that is not a number reports NaN, so the caller's range check rejects it.
 */
import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { formatInputNumber, parseInputNumber } from '@/lib/number-input';

interface DecimalInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  value: number;
  onValue: (value: number) => void;
}

export function DecimalInput({ value, onValue, ...rest }: DecimalInputProps) {
  const [text, setText] = useState(() => formatInputNumber(value));
  // Follow outside changes unless the text already means the value (keeps "20," while typing).
  useEffect(() => {
    setText((current) => (parseInputNumber(current) === value ? current : Number.isFinite(value) ? formatInputNumber(value) : current));
  }, [value]);
  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const n = parseInputNumber(e.target.value);
        onValue(typeof n === 'number' ? n : NaN);
      }}
    />
  );
}
