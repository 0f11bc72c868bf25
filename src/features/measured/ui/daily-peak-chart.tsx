import { useId } from 'react';
import { DailyPeakBars, DailyPeakTable } from '@/components/daily-peak';
import { formatDuration } from '@/lib/format';
import type { DayRow } from './moments';

/** Each day's peak RPO against the target (bars), with the same figures as a table for screen readers and print. */
export function DailyPeakChart({ rows, targetMinutes }: { rows: DayRow[]; targetMinutes: number }) {
  const id = useId();
  const over = rows.filter((r) => r.peakRpoMinutes > targetMinutes).length;
  return (
    <figure className="measured-figure" aria-labelledby={`${id}-t`} aria-describedby={`${id}-s`}>
      <h4 id={`${id}-t`}>Peak RPO of each day</h4>
      <p id={`${id}-s`}>
        {over === 0 ? 'Every day stays within the target.' : `${over} of ${rows.length} days go over the target of ${formatDuration(targetMinutes * 60)}.`}
      </p>
      <DailyPeakBars rows={rows} targetMinutes={targetMinutes} variant="screen" />
      <DailyPeakTable rows={rows} caption="Peak RPO, violations and breaches per day" variant="screen" />
    </figure>
  );
}
