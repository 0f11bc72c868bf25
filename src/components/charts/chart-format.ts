/** Tick and tooltip text shared by the charts (units come from `@/lib/format`). */
import { formatDuration, formatNumber } from '@/lib/format';

/** A bare axis number: at most 3 significant digits, locale separators ("0.25", "1,200"). */
export function axisNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Math.abs(value) >= 1000 ? Math.round(value) : Number(value.toPrecision(3));
  return formatNumber(rounded, 3);
}

/** Minutes on a lag axis → "30 s", "15 min", "2 h", "4 d". */
export function minutesTick(minutes: number): string {
  return formatDuration(minutes * 60);
}

/** Hours on a timeline axis → "0", "12 h", "2 d". */
export function hoursTick(hours: number): string {
  return hours === 0 ? '0' : formatDuration(hours * 3600);
}
