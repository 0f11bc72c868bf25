/**
 * The first cell of a PDH-CSV file and its timestamps. `relog -f csv` and `Export-Counter
 * -FileFormat csv` write `"(PDH-CSV 4.0) (Pacific Standard Time)(480)"`: the collector's time zone
 * and its bias in minutes (UTC = local + bias). Timestamps are the collector's local wall clock in
 * the en-US form `11/22/2026 14:00:00.123`, whatever the machine's regional settings.
 */

export interface PdhTimeZone {
  /** Time-zone name as written (e.g. "Coordinated Universal Time"); empty when absent. */
  name: string;
  /** Minutes to add to local time to get UTC; null when absent. */
  biasMinutes: number | null;
}

// Some zone names hold parentheses ("Central Standard Time (Mexico)"): the name runs to the last ")" before the bias.
const HEADER = /^\(PDH-CSV 4\.0\)\s*(?:\((.*?)\))?\s*(?:\((-?\d+)\))?\s*$/i;

/** Parse the first header cell; null when the file is not PDH-CSV. */
export function parsePdhHeaderCell(cell: string): PdhTimeZone | null {
  const m = HEADER.exec(cell.trim());
  if (!m) return null;
  return { name: m[1] ?? '', biasMinutes: m[2] === undefined ? null : Number(m[2]) };
}

const STAMP = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?\s*$/;

/**
 * A PDH timestamp as milliseconds of a naive local clock (the local wall time read as if it were
 * UTC): day-of-week and hour labels come out as the customer saw them. NaN when malformed.
 */
export function parsePdhTimestamp(text: string): number {
  const m = STAMP.exec(text);
  if (!m) return NaN;
  const [month, day, year, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  const ms = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return NaN;
  const t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC rolls 02/31 over into March: reject dates that do not exist.
  return new Date(t).getUTCDate() === day ? t : NaN;
}

/** Format naive-local milliseconds back into the PDH form (fixtures and messages). */
export function formatPdhTimestamp(ms: number): string {
  const d = new Date(ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
}
