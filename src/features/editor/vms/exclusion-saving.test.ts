import { describe, expect, it } from 'vitest';
import { exclusionSaving } from './exclusion-saving';

const base = { churnGBPerDay: 12, count: 1, units: 'binary', growthPercent: 0, compression: true, compressionRatio: 0.7 } as const;

describe('exclusionSaving', () => {
  it('12 GiB/day at ratio 0.7 saves ≈ 0.835 Mbps on the wire', () => {
    // 12 × 2^30 = 12 884 901 888 B/day × 0.7 = 9 019 431 321.6 B/day × 8 = 72 155 450 572.8 bit/day
    // ÷ 86 400 s = 835 132.5 bit/s = 0.8351325 Mbps
    const saving = exclusionSaving(base)!;
    expect(saving.logBytesPerDay).toBe(12 * 2 ** 30);
    expect(saving.wireMbps).toBeCloseTo(0.8351325, 6);
  });

  it('growth, copies and decimal units scale it; compression off sends the raw bytes', () => {
    // 10 GB × 10^9 × 1.2 growth × 3 copies = 36 × 10^9 B/day; × 8 ÷ 86 400 = 3 333 333.3 bit/s = 3.333 Mbps
    const saving = exclusionSaving({ ...base, churnGBPerDay: 10, units: 'decimal', growthPercent: 20, count: 3, compression: false })!;
    expect(saving.logBytesPerDay).toBeCloseTo(36e9, 3);
    expect(saving.wireMbps).toBeCloseTo(3.3333333, 6);
  });

  it('doubling churn doubles the saving; unusable inputs give null, not NaN', () => {
    expect(exclusionSaving({ ...base, churnGBPerDay: 24 })!.wireMbps).toBeCloseTo(2 * exclusionSaving(base)!.wireMbps, 12);
    expect(exclusionSaving({ ...base, churnGBPerDay: Number.NaN })).toBeNull();
    expect(exclusionSaving({ ...base, churnGBPerDay: -1 })).toBeNull();
  });
});
