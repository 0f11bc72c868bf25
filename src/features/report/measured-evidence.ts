/**
 * The measured evidence a derived plan carries (schema v3 `measured`), in the report's words: the
 * period, how much of it was sampled, the replay's 100 % / 90 % answers and each day's peak RPO.
 */
import type { DailyPeakRow } from '@/components/daily-peak';
import { formatDuration, getDisplayLocale } from '@/lib/format';
import type { MeasuredEvidence } from '@/plan';

/** A measured day of the evidence; "Mon 23" (`short`) fits under a bar. */
export type EvidenceDayRow = DailyPeakRow & { short: string };

const naiveMs = (m: MeasuredEvidence) => Date.parse(`${m.startLocal}Z`);
const fmt = (ms: number, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(getDisplayLocale(), { ...options, timeZone: 'UTC' }).format(new Date(ms));

/** "Mon, Nov 23 00:00 – Mon, Nov 30 00:00 (7 d)", on the collector's clock. */
export function evidencePeriod(m: MeasuredEvidence): string {
  const start = naiveMs(m);
  const at = (ms: number) => `${fmt(ms, { weekday: 'short', day: 'numeric', month: 'short' })} ${fmt(ms, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
  return `${at(start)} – ${at(start + m.periodSeconds * 1000)} (${formatDuration(m.periodSeconds)})`;
}

/** One row per local calendar day: the chart's bars and its table. */
export function evidenceDayRows(m: MeasuredEvidence): EvidenceDayRow[] {
  const start = naiveMs(m);
  return m.days.map((d) => ({
    label: fmt(start + d.startSeconds * 1000, { weekday: 'short', day: 'numeric', month: 'short' }),
    short: fmt(start + d.startSeconds * 1000, { weekday: 'short', day: 'numeric' }),
    peakRpoMinutes: d.peakRpoSeconds / 60,
    violations: d.violations,
    violationSeconds: d.violationSeconds,
    breaches: d.breaches,
    coveragePercent: d.coveragePercent,
    partial: d.endSeconds - d.startSeconds < 86_400 - 1,
  }));
}

/** "the 95th-percentile day of each hour (all days)" and the like. */
export function evidenceDerivation(m: MeasuredEvidence): string {
  const f = m.derivedFrom;
  const day =
    f.day === 'average'
      ? f.days === 'weekdays'
        ? 'the average weekday (Monday–Friday)'
        : 'the average day (all days)'
      : `the ${f.percentile}th-percentile day of each hour (${f.days === 'weekdays' ? 'Monday–Friday' : 'all days'})`;
  return `${day}${f.growthPercent ? `, + ${f.growthPercent} % growth` : ''}`;
}
