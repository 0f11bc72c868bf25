import { describe, expect, it } from 'vitest';
import type { MeasuredResult } from '@/engine';
import { dayRows, formatMoment, formatPeriod } from './moments';

const SUNDAY = Date.UTC(2026, 10, 22, 0, 0, 0); // naive local: Sunday 22 Nov 2026 00:00

describe('moments', () => {
  it('reads naive local time as the customer saw it', () => {
    expect(formatMoment(SUNDAY + (2 * 24 + 2) * 3_600_000 + 10 * 60_000)).toBe('Tuesday, Nov 24, 02:10');
    expect(formatPeriod(SUNDAY, 7 * 86_400)).toBe('Sun, Nov 22 00:00 – Sun, Nov 29 00:00 (7 d)');
  });

  it('makes one row per day, flagging partial days', () => {
    const result = {
      days: [
        { index: 0, startSeconds: 0, endSeconds: 7200, peakRpoSeconds: 600, violations: 0, violationSeconds: 0, breaches: 0 },
        { index: 1, startSeconds: 7200, endSeconds: 93_600, peakRpoSeconds: 1800, violations: 2, violationSeconds: 240, breaches: 1 },
      ],
    } as unknown as MeasuredResult;
    expect(dayRows(result, SUNDAY + 22 * 3_600_000)).toEqual([
      { label: 'Sun, Nov 22', peakRpoMinutes: 10, violations: 0, violationSeconds: 0, breaches: 0, partial: true },
      { label: 'Mon, Nov 23', peakRpoMinutes: 30, violations: 2, violationSeconds: 240, breaches: 1, partial: false },
    ]);
  });
});
