/**
 * Tick values for the chart axes. Recharts picks ticks by dividing the domain evenly, which on a
 * log axis or a duration axis gives values nobody says out loud ("37.5 min", "0.0316 Mbps");
 * these pick the round numbers a reader expects.
 */

/** Durations a reader names, in minutes: 30 s … 4 weeks. */
const DURATION_STEPS_MINUTES = [
  0.5, 1, 2, 5, 10, 15, 30, 60, 120, 240, 360, 720, 1440, 2880, 5760, 10_080, 20_160, 40_320,
] as const;

/**
 * A lag axis (minutes) should turn logarithmic when its largest value dwarfs the lines that
 * matter (interval, failure window): on a linear axis "5 d" flattens "5 min" into the baseline.
 */
export function wantsLogLagAxis(maxMinutes: number, referenceMinutes: number): boolean {
  return referenceMinutes > 0 && maxMinutes > 8 * referenceMinutes;
}

/** Named durations (minutes) covering [min, max], thinned to at most `maxTicks`, keeping both ends. */
export function durationTicksMinutes(minMinutes: number, maxMinutes: number, maxTicks = 7): number[] {
  const lo = DURATION_STEPS_MINUTES.filter((s) => s <= minMinutes).length - 1;
  const hi = DURATION_STEPS_MINUTES.findIndex((s) => s >= maxMinutes);
  const from = lo < 0 ? 0 : lo;
  const to = hi < 0 ? DURATION_STEPS_MINUTES.length - 1 : hi;
  return thin(DURATION_STEPS_MINUTES.slice(from, to + 1), maxTicks);
}

/** Upper end of a linear lag axis: the next named duration at or above `maxMinutes`. */
export function niceDurationCeilMinutes(maxMinutes: number): number {
  return DURATION_STEPS_MINUTES.find((s) => s >= maxMinutes) ?? Math.ceil(maxMinutes / 10_080) * 10_080;
}

/** 1-2-5 ticks (Mbps) for a log uplink axis spanning [min, max]. */
export function logTicks125(min: number, max: number): number[] {
  if (!(min > 0) || !(max >= min)) return [];
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** e).toPrecision(3));
      if (v >= min * 0.999 && v <= max * 1.001) ticks.push(v);
    }
  }
  return thin(ticks, 9);
}

/** Hour ticks for a timeline of `horizonHours`: a step of 1, 2, 3, 6, 12 h or whole days. */
export function hourTicks(horizonHours: number, maxTicks = 9): number[] {
  if (!(horizonHours > 0)) return [0];
  const steps = [0.25, 0.5, 1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720];
  const step = steps.find((s) => horizonHours / s <= maxTicks - 1) ?? Math.ceil(horizonHours / (maxTicks - 1) / 720) * 720;
  const count = Math.ceil(horizonHours / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, k) => k * step);
}

/** Every k-th element so at most `max` remain, always keeping the first and the last. */
function thin<T>(values: readonly T[], max: number): T[] {
  if (values.length <= max) return [...values];
  const k = Math.ceil((values.length - 1) / (max - 1));
  const kept = values.filter((_, i) => i % k === 0);
  if (kept.at(-1) !== values.at(-1)) kept.push(values.at(-1)!);
  return kept;
}
