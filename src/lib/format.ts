/**
 * Display formatting for engine quantities (bytes, seconds, Mbps). The engine works in bytes,
 * seconds and decimal Mbps; this module is the one place that turns them into text for the page.
 * The locale is module state: en-US unless the page sets the reader's (`setDisplayLocale`). The
 * engine never imports this module (lint forbids it): its messages use `locale-format.ts` with
 * en-US passed explicitly, so they read the same in a test, the CLI, the page and a worker.
 */
import { EMPTY, isUsable, round3, unitFormat, type UnitFormat } from './locale-format';

let UNITS = unitFormat('en-US');

/** Locale for every number shown from now on, e.g. `navigator.language`; an unknown tag is ignored. */
export function setDisplayLocale(locale: string): void {
  try {
    const supported = Intl.NumberFormat.supportedLocalesOf([locale])[0];
    if (supported) UNITS = unitFormat(supported);
  } catch {
    // Malformed tag: keep the current locale.
  }
}

/** `value` in the display locale with at most `maxFractionDigits` decimals. */
export function formatNumber(value: number, maxFractionDigits = 20, useGrouping = true): string {
  return UNITS.number(value, maxFractionDigits, useGrouping);
}

/** The locale numbers are shown in. */
export function getDisplayLocale(): string {
  return UNITS.locale;
}

/** The display locale's formatters, for wording that takes them as a value (engine warning texts). */
export function displayFormat(): UnitFormat {
  return UNITS;
}

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;
const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'] as const;

/** Storage units of a plan (SPEC §3): binary = 2^30 bytes per GB (GiB), decimal = 10^9 (GB). */
export type ByteUnits = 'binary' | 'decimal';

function significant(value: number): string {
  return formatNumber(round3(value));
}

/** Bytes → "1.5 GiB" / "2.4 TiB" (binary, default) or "1.6 GB" (decimal). */
export function formatBytes(bytes: number, units: ByteUnits = 'binary'): string {
  if (!isUsable(bytes)) return EMPTY;
  const base = units === 'binary' ? 1024 : 1000;
  const names = units === 'binary' ? BINARY_UNITS : DECIMAL_UNITS;
  let value = bytes;
  let i = 0;
  // Compare the rounded value so 1023.97 GiB reads "1 TiB", not "1,024 GiB".
  while (i < names.length - 1 && round3(value) >= base) {
    value /= base;
    i++;
  }
  return `${i === 0 ? Math.round(value) : significant(value)} ${names[i]}`;
}

/** Seconds → "45 s", "9 min 40 s", "2 h 5 min", "3 d 4 h". Smaller parts are dropped past an hour. */
export function formatDuration(seconds: number): string {
  return UNITS.duration(seconds);
}

/** Decimal megabits per second → "0.3 Mbps", "12.3 Mbps", "1,235 Mbps". */
export function formatMbps(mbps: number): string {
  return UNITS.mbps(mbps);
}

/** A rate the user typed, as typed (up to 3 decimals): "125.5 Mbps", not the rounded "126 Mbps". */
export function formatMbpsAsEntered(mbps: number): string {
  if (!isUsable(mbps)) return EMPTY;
  return `${formatNumber(mbps, 3)} Mbps`;
}

/** A whole count with grouping: 13632 → "13,632". */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return EMPTY;
  return formatNumber(Math.round(count), 0);
}

/** Seconds since 00:00 → "hh:mm" on a 24-hour clock (wraps past midnight). */
export function formatClock(secondsSinceMidnight: number): string {
  return UNITS.clock(secondsSinceMidnight);
}

/** Percent (0–100) → "92 %", with one decimal below 10: "4.5 %". */
export function formatPercent(percent: number): string {
  if (!Number.isFinite(percent)) return EMPTY;
  return `${formatNumber(percent, Math.abs(percent) < 10 ? 1 : 0)} %`;
}

/**
 * A share that must not look better than it is ("met 90 %", "100 % sampled"): rounded down to
 * one decimal, so 89.96 % reads "89.9 %" and 99.97 % reads "99.9 %", never "90 %" or "100 %".
 */
export function formatPercentFloor(percent: number): string {
  if (!Number.isFinite(percent)) return EMPTY;
  const floored = Math.floor(percent * 10 + 1e-9) / 10;
  return `${formatNumber(floored, Number.isInteger(floored) ? 0 : 1)} %`;
}

/**
 * A count of VMs in the one wording every card, chart, table and the report use: a "VM" is a row
 * of the plan, a "copy" one of the identical VMs a row with Count > 1 stands for. "7 VMs", or
 * "7 VMs (18 copies)" when groups make the two counts differ.
 */
export function formatVmCount(vms: number, copies: number = vms): string {
  const rows = `${formatCount(vms)} VM${vms === 1 ? '' : 's'}`;
  return copies === vms ? rows : `${rows} (${formatCount(copies)} ${copies === 1 ? 'copy' : 'copies'})`;
}

/** A plan's name as messages quote it: “Contoso DR”, or “Untitled plan” when it has none. */
export function quotedPlanName(name: string): string {
  return `“${name || 'Untitled plan'}”`;
}
