/**
 * A disk's churn, typed as GB/day or as % of its used size per day. The plan stores GB/day; the
 * % view converts on the way in and out, and carries the GB/day field's DOM id and schema message.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { NumberField, FieldShell, describedBy, fieldDomId, useDraftValue, useFieldIssue, useSetField } from '@/components';
import { LIMITS } from '@/plan';
import { formatInputNumber, parseInputNumber } from '@/lib/number-input';
import { churnFromPercent, churnPercentOfUsed } from './churn-percent';

export type ChurnMode = 'gb' | 'percent';

interface ChurnInputProps {
  vmIndex: number;
  diskIndex: number;
  mode: ChurnMode;
  /** "GiB" or "GB". */
  unit: string;
  /** Accessible name, e.g. "Churn of FS01 Data". */
  ariaLabel: string;
  /** A plausibility warning shown under the box (and read with it). */
  note?: ReactNode;
}

/** Percentage text for a stored churn: 4 significant decimals are plenty for a rule of thumb. */
const percentText = (churn: unknown, used: unknown) => {
  const pct = churnPercentOfUsed(churn, used);
  return pct === null ? '' : formatInputNumber(Math.round(pct * 1e4) / 1e4);
};

export function ChurnInput({ vmIndex, diskIndex, mode, unit, ariaLabel, note }: ChurnInputProps) {
  const path = ['vms', vmIndex, 'disks', diskIndex, 'churnGBPerDay'] as const;
  if (mode === 'gb') {
    return <NumberField path={path} label="Churn" ariaLabel={ariaLabel} compact unit={`${unit}/day`} min={0} max={LIMITS.churnGBPerDay} size={7} hint={note} />;
  }
  return <PercentChurn path={path} usedPath={['vms', vmIndex, 'disks', diskIndex, 'usedGB']} ariaLabel={ariaLabel} note={note} />;
}

function PercentChurn({ path, usedPath, ariaLabel, note }: { path: readonly (string | number)[]; usedPath: readonly (string | number)[]; ariaLabel: string; note?: ReactNode }) {
  const id = fieldDomId(path);
  const churn = useDraftValue(path);
  const used = useDraftValue(usedPath);
  const issue = useFieldIssue(path);
  const set = useSetField(path);
  const [text, setText] = useState(() => percentText(churn, used));
  const noUsed = churnPercentOfUsed(0, used) === null;

  // Follow outside changes (undo, a new used size) unless the text already stands for the value.
  useEffect(() => {
    setText((current) => {
      const pct = parseInputNumber(current);
      const same = typeof pct === 'number' && typeof churn === 'number' && Math.abs((churnFromPercent(pct, used) ?? NaN) - churn) <= 1e-9 * Math.max(1, churn);
      return same ? current : percentText(churn, used);
    });
  }, [churn, used]);

  const reason = noUsed ? 'Used size is 0 or not a number: type churn in GB/day.' : null;
  return (
    <FieldShell controlId={id} label="Churn" compact unit="% of used/day" disabledReason={reason} issue={issue} hint={note}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        size={7}
        value={text}
        disabled={noUsed}
        aria-label={`${ariaLabel}, % of used per day`}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy(id, { disabledReason: reason, issue, hint: note })}
        onChange={(e) => {
          setText(e.target.value);
          const pct = parseInputNumber(e.target.value);
          // Text that is not a number goes to the draft as typed, so the schema names the problem.
          if (typeof pct !== 'number') set(pct === null ? null : e.target.value);
          else set(churnFromPercent(pct, used));
        }}
        onBlur={() => setText(percentText(churn, used))}
      />
    </FieldShell>
  );
}
