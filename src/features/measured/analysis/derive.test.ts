import { describe, expect, it } from 'vitest';
import { deriveProfile, splitByDisk } from './derive';
import { mergeSlots } from './measured-input';
import { downsample, summariseSeries } from './vm-summary';

const START = Date.UTC(2026, 10, 23, 0, 0, 0); // Monday 23 Nov 2026, 00:00 local

/** Three days of hourly slots (step 3600 s) where hour h of day d writes rate(d, h) bytes/s. */
const threeDays = (rate: (d: number, h: number) => number) => Float64Array.from({ length: 72 }, (_, k) => rate(Math.floor(k / 24), k % 24));

describe('deriveProfile', () => {
  it('takes the nearest-rank percentile of each hour across the days', () => {
    // Hour 2 writes 1, 3 and 8 bytes/s on the three days (× 3600 s = 3600, 10 800, 28 800 B);
    // every other hour 1 byte/s on each day (3600 B).
    const series = threeDays((d, h) => (h === 2 ? [1, 3, 8][d]! : 1));
    // P50: rank ⌈0.5 × 3⌉ = 2 → hour 2 = 10 800 B; day = 23 × 3600 + 10 800 = 93 600 B.
    const p50 = deriveProfile(series, START, 3600, 50, 0);
    expect(p50.hourlyBytes[2]).toBe(10_800);
    expect(p50.dailyBytes).toBe(93_600);
    // Weights have mean 1: hour 2 = 10 800 / (93 600 / 24) = 2.769…
    expect(p50.hourlyWeights[2]).toBeCloseTo(10_800 / (93_600 / 24), 12);
    expect(p50.hourlyWeights.reduce((a, b) => a + b, 0)).toBeCloseTo(24, 9);
    // P95: rank ⌈2.85⌉ = 3 → 28 800 B; day = 82 800 + 28 800 = 111 600 B; +30 % growth → 145 080 B.
    const p95 = deriveProfile(series, START, 3600, 95, 30);
    expect(p95.hourlyBytes[2]).toBe(28_800);
    expect(p95.dailyBytes).toBeCloseTo(145_080, 6);
  });

  it('scales an hour seen in part to a full hour, ignores one seen less than half, and is flat with no writes', () => {
    // 90 minutes of 60-s slots from 00:00: hour 0 complete (60 × 10 B/s × 60 s = 36 000 B), hour 1
    // half seen (30 slots → 18 000 B, scaled × 2 = 36 000 B).
    const part = deriveProfile(new Float64Array(90).fill(10), START, 60, 50, 0);
    expect(part.hourlyBytes.slice(0, 3)).toEqual([36_000, 36_000, 0]);
    const quiet = deriveProfile(new Float64Array(48), START, 3600, 95, 0);
    expect(quiet.dailyBytes).toBe(0);
    expect(quiet.hourlyWeights).toEqual(new Array(24).fill(1));
  });

  it('leaves unsampled slots out: a collector gap is not an hour without writes', () => {
    // Three days of hourly slots at 10 B/s (36 000 B per hour). Day 2's hour 5 was not sampled
    // (the collector stopped), so its slot holds 0 B/s.
    const series = threeDays((d, h) => (d === 1 && h === 5 ? 0 : 10));
    const seen = Uint8Array.from({ length: 72 }, (_, k) => (k === 24 + 5 ? 0 : 1));
    // P1: rank ⌈0.01 × 3⌉ = 1 → the gap's 0 B without `seen`; rank ⌈0.01 × 2⌉ = 1 → 36 000 B with it.
    expect(deriveProfile(series, START, 3600, 1, 0).hourlyBytes[5]).toBe(0);
    expect(deriveProfile(series, START, 3600, 1, 0, seen).hourlyBytes[5]).toBe(36_000);
    // Half an hour sampled (60-s slots 00:00–00:29 seen, 00:30–00:59 not) still scales to the hour:
    // 30 × 60 s × 10 B/s = 18 000 B over 1 800 s → 36 000 B per hour.
    const minutes = new Float64Array(60).fill(10);
    const firstHalf = Uint8Array.from({ length: 60 }, (_, k) => (k < 30 ? 1 : 0));
    expect(deriveProfile(minutes, START, 60, 50, 0, firstHalf).hourlyBytes[0]).toBe(36_000);
    // Less than half sampled: the hour is left out (0 with no other day to stand in).
    const firstQuarter = Uint8Array.from({ length: 60 }, (_, k) => (k < 15 ? 1 : 0));
    expect(deriveProfile(minutes, START, 60, 50, 0, firstQuarter).hourlyBytes[0]).toBe(0);
  });

  it('splits the daily figure over disks by what each wrote', () => {
    expect(splitByDisk(1000, [300, 100, 50], 400)).toEqual([750, 250, 125]);
    expect(splitByDisk(1000, [0], 0)).toEqual([0]);
  });
});

describe('summariseSeries', () => {
  it('gives the period, daily average, busiest clock hour, 95th percentile and a sparkline', () => {
    const series = threeDays((d, h) => (d === 1 && h === 2 ? 50 : 1));
    const s = summariseSeries(series, START, 3600);
    expect(s.periodSeconds).toBe(3 * 86_400);
    // (71 × 3600 + 50 × 3600) B over 3 days.
    expect(s.dailyBytes).toBeCloseTo((121 * 3600) / 3, 6);
    expect(s.busiestHour).toEqual({ startMs: START + (24 + 2) * 3_600_000, bytes: 180_000 });
    expect(s.p95BytesPerSecond).toBe(1); // 71 of 72 samples are 1: rank ⌈68.4⌉ = 69 → 1
    expect(s.peakBytesPerSecond).toBe(50);
    expect(s.sparkline).toHaveLength(72);
    expect(downsample([1, 2, 3, 4], 2)).toEqual([1.5, 3.5]);
  });
});

describe('mergeSlots', () => {
  it('averages groups of slots; a partial last group keeps its bytes', () => {
    // 4-second samples merged to 32 s (8 per group): bytes are kept (mean × 8 slots).
    expect(Array.from(mergeSlots(Float64Array.from([1, 2, 3, 4, 5]), 2))).toEqual([1.5, 3.5, 2.5]); // 5 × 1 slot = 2.5 × 2 slots
    const r = Float64Array.from({ length: 16 }, (_, k) => k);
    expect(Array.from(mergeSlots(r, 8))).toEqual([3.5, 11.5]);
    expect(mergeSlots(r, 1)).toBe(r);
  });
});
