import { describe, expect, it } from 'vitest';
import { deriveVm, describeDay, type DaySet, type DeriveDay } from './derive';
import { mergeSlots } from './measured-input';
import type { MeasuredDisk } from './vm-series';
import { downsample, summariseSeries } from './vm-summary';

const START = Date.UTC(2026, 10, 23, 0, 0, 0); // Monday 23 Nov 2026, 00:00 local

/** Three days of hourly slots (step 3600 s) where hour h of day d writes rate(d, h) bytes/s. */
const threeDays = (rate: (d: number, h: number) => number) => Float64Array.from({ length: 72 }, (_, k) => rate(Math.floor(k / 24), k % 24));

/** A one-disk VM over `series` (every slot sampled unless `seen` says otherwise). */
const vmOf = (series: Float64Array, seen?: Uint8Array, disks?: MeasuredDisk[]) => ({
  bytesPerSecond: series,
  seen: seen ?? new Uint8Array(series.length).fill(1),
  disks: disks ?? [{ inventory: 0, path: 'p', name: 'p', sizeBytes: 1, fileBytes: 1, measured: true, included: true, rateSum: 1, hourBytes: new Float64Array(0) }],
});
const P = (percentile: number, days: DaySet = 'all'): DeriveDay => ({ day: 'percentile', percentile, days });

describe('deriveVm: hour of the chosen day', () => {
  it('takes the nearest-rank percentile of each hour across the days', () => {
    // Hour 2 writes 1, 3 and 8 bytes/s on the three days (× 3600 s = 3600, 10 800, 28 800 B);
    // every other hour 1 byte/s on each day (3600 B).
    const series = threeDays((d, h) => (h === 2 ? [1, 3, 8][d]! : 1));
    // P50: rank ⌈0.5 × 3⌉ = 2 → hour 2 = 10 800 B; day = 23 × 3600 + 10 800 = 93 600 B.
    const p50 = deriveVm(vmOf(series), START, 3600, P(50), 0);
    expect(p50.hourlyBytes[2]).toBe(10_800);
    expect(p50.dailyBytes).toBe(93_600);
    // Weights have mean 1: hour 2 = 10 800 / (93 600 / 24) = 2.769…
    expect(p50.hourlyWeights[2]).toBeCloseTo(10_800 / (93_600 / 24), 12);
    expect(p50.hourlyWeights.reduce((a, b) => a + b, 0)).toBeCloseTo(24, 9);
    // P95: rank ⌈2.85⌉ = 3 → 28 800 B; day = 82 800 + 28 800 = 111 600 B; +30 % growth → 145 080 B.
    const p95 = deriveVm(vmOf(series), START, 3600, P(95), 30);
    expect(p95.hourlyBytes[2]).toBe(28_800);
    expect(p95.dailyBytes).toBeCloseTo(145_080, 6);
    expect(p95.diskDailyBytes).toEqual([p95.dailyBytes]);
  });

  it('the average day: the mean of each hour over all days, or over Monday–Friday only', () => {
    // Monday 23 Nov + 6 days of hourly slots: weekdays write 10 B/s, Saturday and Sunday 3 B/s.
    const week = Float64Array.from({ length: 7 * 24 }, (_, k) => (Math.floor(k / 24) < 5 ? 10 : 3));
    // All days: (5 × 36 000 + 2 × 10 800) / 7 = 28 800 B per hour → 691 200 B/day.
    expect(deriveVm(vmOf(week), START, 3600, { day: 'average', percentile: 95, days: 'all' }, 0).dailyBytes).toBeCloseTo(691_200, 6);
    // Weekdays only: 36 000 B per hour → 864 000 B/day; the weekend is left out, and says so.
    const weekdays = deriveVm(vmOf(week), START, 3600, { day: 'average', percentile: 95, days: 'weekdays' }, 0);
    expect(weekdays.dailyBytes).toBeCloseTo(864_000, 6);
    expect(weekdays.daysUsed).toBe(5);
    expect(describeDay({ day: 'average', percentile: 95, days: 'weekdays' })).toBe('the average weekday (Monday–Friday)');
    expect(describeDay(P(95))).toBe('the 95th-percentile day of each hour (all days)');
  });

  it('keeps a 20-minute burst in 5-minute steps and splits the disks by the same day', () => {
    // Two days of 60-s slots. Day 0 hour 2: 40 B/s for 02:00–02:20, 0.5 B/s after; day 1 hour 2: 1 B/s.
    // Hour 2 on day 0 = 20 × 60 × 40 + 40 × 60 × 0.5 = 48 000 + 1 200 = 49 200 B: the P100 day.
    const series = Float64Array.from({ length: 2880 }, (_, k) => (k % 1440 >= 120 && k % 1440 < 180 ? (k < 1440 ? (k < 140 ? 40 : 0.5) : 1) : 0));
    const disk = (share: (day: number) => number): MeasuredDisk => ({
      inventory: 0,
      path: 'p',
      name: 'p',
      sizeBytes: 1,
      fileBytes: 1,
      measured: true,
      included: true,
      rateSum: 1,
      hourBytes: Float64Array.from({ length: 48 }, (_, c) => (c % 24 === 2 ? series.slice(c * 60, c * 60 + 60).reduce((a, b) => a + b, 0) * 60 * share(Math.floor(c / 24)) : 0)),
    });
    // The data disk wrote all of day 0's burst; on day 1 the OS disk wrote everything.
    const vm = vmOf(series, undefined, [disk((d) => (d === 0 ? 0 : 1)), disk((d) => (d === 0 ? 1 : 0))]);
    const out = deriveVm(vm, START, 60, P(100), 0);
    expect(out.hourlyBytes[2]).toBe(49_200);
    // 5-minute steps: 4 × 12 000 B then 8 × 150 B; mean 4 100 B → weights 12 000 / 4 100 = 2.927, 150 / 4 100 = 0.0366.
    const w = out.withinHourWeights![2]!;
    expect(w.slice(0, 4).every((x) => Math.abs(x - 12_000 / 4100) < 1e-9)).toBe(true);
    expect(w[4]).toBeCloseTo(150 / 4100, 12);
    expect(out.withinHourWeights![3]).toBeNull(); // an hour without writes has no shape
    // Disks split by day 0 (the day chosen for hour 2), not by the period's totals.
    expect(out.diskDailyBytes).toEqual([0, 49_200]);
  });

  it('scales an hour seen in part to a full hour, ignores one seen less than half, and is flat with no writes', () => {
    // 90 minutes of 60-s slots from 00:00: hour 0 complete (60 × 10 B/s × 60 s = 36 000 B), hour 1
    // half seen (30 slots → 18 000 B, scaled × 2 = 36 000 B).
    const part = deriveVm(vmOf(new Float64Array(90).fill(10)), START, 60, P(50), 0);
    expect(part.hourlyBytes.slice(0, 3)).toEqual([36_000, 36_000, 0]);
    const quiet = deriveVm(vmOf(new Float64Array(48)), START, 3600, P(95), 0);
    expect(quiet.dailyBytes).toBe(0);
    expect(quiet.hourlyWeights).toEqual(new Array(24).fill(1));
    expect(quiet.withinHourWeights).toBeNull();
  });

  it('leaves unsampled slots out: a collector gap is not an hour without writes', () => {
    // Three days of hourly slots at 10 B/s (36 000 B per hour). Day 2's hour 5 was not sampled
    // (the collector stopped), so its slot holds 0 B/s.
    const series = threeDays((d, h) => (d === 1 && h === 5 ? 0 : 10));
    const seen = Uint8Array.from({ length: 72 }, (_, k) => (k === 24 + 5 ? 0 : 1));
    // P1: rank ⌈0.01 × 3⌉ = 1 → the gap's 0 B if it counted; rank ⌈0.01 × 2⌉ = 1 → 36 000 B without it.
    expect(deriveVm(vmOf(series, new Uint8Array(72).fill(1)), START, 3600, P(1), 0).hourlyBytes[5]).toBe(0);
    expect(deriveVm(vmOf(series, seen), START, 3600, P(1), 0).hourlyBytes[5]).toBe(36_000);
    // Half an hour sampled (60-s slots 00:00–00:29 seen, 00:30–00:59 not) still scales to the hour:
    // 30 × 60 s × 10 B/s = 18 000 B over 1 800 s → 36 000 B per hour; the unsampled steps are not a burst.
    const minutes = new Float64Array(60).fill(10);
    const firstHalf = Uint8Array.from({ length: 60 }, (_, k) => (k < 30 ? 1 : 0));
    const half = deriveVm(vmOf(minutes, firstHalf), START, 60, P(50), 0);
    expect(half.hourlyBytes[0]).toBe(36_000);
    expect(half.withinHourWeights).toBeNull();
    // Less than half sampled: the hour is left out (0 with no other day to stand in).
    const firstQuarter = Uint8Array.from({ length: 60 }, (_, k) => (k < 15 ? 1 : 0));
    expect(deriveVm(vmOf(minutes, firstQuarter), START, 60, P(50), 0).hourlyBytes[0]).toBe(0);
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
    expect(s.sampledPercent).toBe(100);
    expect(downsample([1, 2, 3, 4], 2)).toEqual([1.5, 3.5]);
  });

  it('leaves gaps out of the average and the percentile (a missing day is not a day without writes)', () => {
    // Three days at 2 B/s, the second not sampled: 2 × 86 400 = 172 800 B/day, not two thirds of it.
    const series = threeDays((d) => (d === 1 ? 0 : 2));
    const seen = Uint8Array.from({ length: 72 }, (_, k) => (Math.floor(k / 24) === 1 ? 0 : 1));
    const s = summariseSeries(series, START, 3600, seen);
    expect(s.dailyBytes).toBe(172_800);
    expect(s.sampledPercent).toBeCloseTo((100 * 48) / 72, 12);
    expect(s.p95BytesPerSecond).toBe(2);
    expect(summariseSeries(series, START, 3600).dailyBytes).toBeCloseTo(115_200, 9); // counted as zero: 2/3 of it
  });
});

describe('mergeSlots', () => {
  it('averages groups of slots; a partial last group keeps its bytes', () => {
    // 4-second samples merged to 32 s (8 per group): bytes are kept (mean × 8 slots).
    expect(Array.from(mergeSlots(Float64Array.from([1, 2, 3, 4, 5]), 2).rates)).toEqual([1.5, 3.5, 2.5]); // 5 × 1 slot = 2.5 × 2 slots
    const r = Float64Array.from({ length: 16 }, (_, k) => k);
    expect(Array.from(mergeSlots(r, 8).rates)).toEqual([3.5, 11.5]);
    expect(mergeSlots(r, 1).rates).toBe(r);
  });

  it('with gaps, averages the sampled slots only; a group with none sampled is a gap', () => {
    // [4, gap, 2, 6 | gap, gap]: group 0 = (4 + 2 + 6) / 3 = 4 B/s (not 3: the gap is not a zero).
    const merged = mergeSlots(Float64Array.from([4, 0, 2, 6, 0, 0]), 4, Uint8Array.from([1, 0, 1, 1, 0, 0]));
    expect(Array.from(merged.rates)).toEqual([4, 0]);
    expect(Array.from(merged.seen!)).toEqual([1, 0]);
  });
});
