import { describe, expect, it } from 'vitest';
import { durationTicksMinutes, hourTicks, logTicks125, niceDurationCeilMinutes, wantsLogLagAxis } from './axis-ticks';

describe('axis ticks', () => {
  it('turns the lag axis logarithmic only when the worst lag dwarfs the reference', () => {
    // Branch office: 5 d 22 h = 8 520 min against a 30 min window → log. 16 min vs 30 min → linear.
    expect(wantsLogLagAxis(8520, 30)).toBe(true);
    expect(wantsLogLagAxis(16, 30)).toBe(false);
    expect(wantsLogLagAxis(1000, 0)).toBe(false);
  });

  it('names durations from just below the minimum to just above the maximum', () => {
    expect(durationTicksMinutes(5, 30)).toEqual([5, 10, 15, 30]);
    // 3 min … 8 520 min spans 2 min … 10 080 min (1 week): 13 steps thinned to ≤ 7, ends kept.
    const wide = durationTicksMinutes(3, 8520);
    expect(wide[0]).toBe(2);
    expect(wide.at(-1)).toBe(10_080);
    expect(wide.length).toBeLessThanOrEqual(7);
    expect(niceDurationCeilMinutes(16.2)).toBe(30);
  });

  it('gives 1-2-5 Mbps ticks on a log axis', () => {
    expect(logTicks125(0.03, 1.5)).toEqual([0.05, 0.1, 0.2, 0.5, 1]);
    expect(logTicks125(0, 10)).toEqual([]);
  });

  it('steps hour ticks so a timeline has at most 9', () => {
    // 187 h (7 d 19 h) / 24 h = 7.8 ≤ 8 steps → daily ticks 0 … 192 h.
    expect(hourTicks(187)).toEqual([0, 24, 48, 72, 96, 120, 144, 168, 192]);
    expect(hourTicks(3.5)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]);
  });
});
