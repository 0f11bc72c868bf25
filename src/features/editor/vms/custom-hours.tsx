/** The custom profile of one VM: 24 relative hourly weights on the shared hour-bars editor. */
import { fieldDomId, useDraftValue, useFieldIssue, useSetField } from '@/components';
import { HourBarsEditor } from '@/components/hour-bars-editor';
import { formatInputNumber } from '@/lib/number-input';
import { normaliseWeights } from '@/plan';

const FLAT = Array.from({ length: 24 }, () => 1);

/**
 * Top of the bar scale: the 1-2-5 step at or above 1.5 × the largest weight (at least 2), so
 * bars use the height and there is room to drag a bar higher; the scale grows as bars do.
 */
export function weightScale(values: readonly number[]): number {
  const top = Math.max(2, ...values) * 1.5;
  for (let scale = 1; ; scale *= 10) for (const m of [1, 2, 5]) if (top <= scale * m) return scale * m;
}

export function CustomHours({ vmIndex, vmName }: { vmIndex: number; vmName: string }) {
  const path = ['vms', vmIndex, 'hourlyWeights'] as const;
  const raw = useDraftValue(path);
  const issue = useFieldIssue(path);
  const set = useSetField(path);
  const values = Array.isArray(raw) && raw.length === 24 && raw.every((v) => typeof v === 'number') ? (raw as number[]) : FLAT;
  const peak = Math.max(...normaliseWeights(values));
  const id = fieldDomId(path);
  return (
    <div id={id} tabIndex={-1} className="vm-hours">
      <HourBarsEditor label={`Hourly churn weights of ${vmName}`} values={values} max={weightScale(values)} unit="" onChange={(next) => set(next)} idPrefix={`vm-${vmIndex}-hours`} />
      <p className="vm-muted">
        Relative weights: the day&apos;s total churn stays the same (weights are scaled to an average of 1). Busiest hour: {formatInputNumber(Math.round(peak * 100) / 100)}× the
        average.
      </p>
      {issue ? <p className="field-issue">⚠ {issue}</p> : null}
    </div>
  );
}
