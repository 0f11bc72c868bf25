/** Unit constants and conversions. Inside the engine: bytes, seconds, bytes per second. */

export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;
export const HOURS_PER_DAY = 24;
/** Days in the "monthly" transfer volume (metered links bill per 30 days). */
export const DAYS_PER_MONTH = 30;

/** Decimal megabits per second → bytes per second (1 Mbps = 10^6 bit/s). */
export function mbpsToBytesPerSecond(mbps: number): number {
  return (mbps * 1e6) / 8;
}

/** Bytes per second → decimal megabits per second. */
export function bytesPerSecondToMbps(bytesPerSecond: number): number {
  return (bytesPerSecond * 8) / 1e6;
}

/** Bytes per day → average decimal Mbps. */
export function bytesPerDayToMbps(bytesPerDay: number): number {
  return bytesPerSecondToMbps(bytesPerDay / SECONDS_PER_DAY);
}
