/**
 * Numbers, durations, clock times and rates as text in an explicitly given locale. No module state:
 * the engine words its messages with `unitFormat('en-US')` wherever it runs, and `format.ts` hands
 * the page the same functions in the reader's locale — one implementation for both.
 */

/** Shown for a figure that cannot be shown (NaN, infinite, negative where that means nothing). */
export const EMPTY = '—';

/** The formatters of one locale. */
export interface UnitFormat {
  /** BCP 47 tag the numbers are written in, e.g. "en-US", "de-DE". */
  locale: string;
  /** `value` with at most `maxFractionDigits` decimals: "1,234.5" (en-US), "1.234,5" (de-DE). */
  number(value: number, maxFractionDigits?: number, useGrouping?: boolean): string;
  /** Seconds → "45 s", "2.5 s", "9 min 40 s", "2 h 5 min", "3 d 4 h" (smaller parts dropped past an hour). */
  duration(seconds: number): string;
  /** Seconds since 00:00 → "hh:mm" on a 24-hour clock (wraps past midnight). */
  clock(secondsSinceMidnight: number): string;
  /** Decimal megabits per second, three significant digits → "0.3 Mbps", "12.3 Mbps", "1,235 Mbps". */
  mbps(mbps: number): string;
}

/** A non-negative finite figure. */
export function isUsable(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

/** Three significant digits, but never drop integer digits: 0.994, 12.3, 300, 1235. */
export function round3(value: number): number {
  return value >= 1000 ? Math.round(value) : Number(value.toPrecision(3));
}

/** Seconds since 00:00 → "hh:mm" (digits only: the same in every locale). */
export function clockText(secondsSinceMidnight: number): string {
  if (!Number.isFinite(secondsSinceMidnight)) return EMPTY;
  const minutesOfDay = ((Math.floor(secondsSinceMidnight / 60) % 1440) + 1440) % 1440;
  const hh = String(Math.floor(minutesOfDay / 60)).padStart(2, '0');
  const mm = String(minutesOfDay % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

function makeUnitFormat(locale: string): UnitFormat {
  // `toLocaleString` with options builds a new formatter per call, which dominated chart re-renders.
  const formatters = new Map<string, Intl.NumberFormat>();
  const number = (value: number, maxFractionDigits = 20, useGrouping = true): string => {
    const key = `${maxFractionDigits}|${useGrouping}`;
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits, useGrouping });
      formatters.set(key, formatter);
    }
    return formatter.format(value);
  };
  const duration = (seconds: number): string => {
    if (!isUsable(seconds)) return EMPTY;
    if (seconds < 10 && !Number.isInteger(seconds)) return `${number(seconds, 1)} s`;
    const total = Math.round(seconds);
    const days = Math.floor(total / 86_400);
    const hours = Math.floor((total % 86_400) / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const secs = total % 60;
    const pair = (a: number, unitA: string, b: number, unitB: string) => (b === 0 ? `${a} ${unitA}` : `${a} ${unitA} ${b} ${unitB}`);
    if (days > 0) return pair(days, 'd', hours, 'h');
    if (hours > 0) return pair(hours, 'h', minutes, 'min');
    if (minutes > 0) return pair(minutes, 'min', secs, 's');
    return `${secs} s`;
  };
  const mbps = (value: number): string => (isUsable(value) ? `${number(round3(value))} Mbps` : EMPTY);
  return { locale, number, duration, clock: clockText, mbps };
}

const byLocale = new Map<string, UnitFormat>();

/** The formatters of `locale` (a supported BCP 47 tag), built once per locale. */
export function unitFormat(locale: string): UnitFormat {
  let format = byLocale.get(locale);
  if (!format) {
    format = makeUnitFormat(locale);
    byLocale.set(locale, format);
  }
  return format;
}
