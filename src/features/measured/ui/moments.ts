/**
 * Times of the measured period as the customer lived them: the collector's local wall clock.
 * Inside, a moment is naive ms (local fields read as UTC), so formatting uses the UTC time zone.
 */
import type { DailyPeakRow } from '@/components/daily-peak';
import type { MeasuredResult } from '@/engine';
import { formatDuration, getDisplayLocale } from '@/lib/format';

function fmt(ms: number, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(getDisplayLocale(), { ...options, timeZone: 'UTC' }).format(new Date(ms));
}

/** "Tuesday, Nov 24, 02:10" (en-US; the reader's locale when the page sets one). */
export function formatMoment(naiveMs: number): string {
  return `${fmt(naiveMs, { weekday: 'long', day: 'numeric', month: 'short' })}, ${fmt(naiveMs, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
}

/** "Tue, Nov 24". */
export function formatDay(naiveMs: number): string {
  return fmt(naiveMs, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "Sun, Nov 22 00:00 – Sun, Nov 29 00:00 (7 d)". */
export function formatPeriod(startMs: number, seconds: number): string {
  const end = startMs + seconds * 1000;
  const at = (ms: number) => `${formatDay(ms)} ${fmt(ms, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
  return `${at(startMs)} – ${at(end)} (${formatDuration(seconds)})`;
}

/** A day of the analysis: the bars and the table of `DailyPeakChart`. */
export type DayRow = DailyPeakRow;

/** One row per local calendar day of the analysis: the chart's bars and its table. */
export function dayRows(result: MeasuredResult, startMs: number): DayRow[] {
  return result.days.map((d) => ({
    label: formatDay(startMs + d.startSeconds * 1000),
    peakRpoMinutes: d.peakRpoSeconds / 60,
    violations: d.violations,
    violationSeconds: d.violationSeconds,
    breaches: d.breaches,
    partial: d.endSeconds - d.startSeconds < 86_400 - 1,
    coveragePercent: d.coveragePercent,
  }));
}
