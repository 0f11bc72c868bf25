import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fractionAtOrBelow, percentile, runsAbove } from './percentile';

describe('percentile (nearest rank)', () => {
  it('matches hand-computed ranks', () => {
    const v = [15, 20, 35, 40, 50]; // N = 5
    expect(percentile(v, 5)).toBe(15); // ⌈0.05 × 5⌉ = 1 → 15
    expect(percentile(v, 30)).toBe(20); // ⌈1.5⌉ = 2 → 20
    expect(percentile(v, 40)).toBe(20); // ⌈2.0⌉ = 2 → 20 (exactly 40 % are ≤ 20)
    expect(percentile(v, 50)).toBe(35); // ⌈2.5⌉ = 3 → 35
    expect(percentile(v, 100)).toBe(50); // ⌈5⌉ = 5 → the maximum
    // Ten RPO samples, minutes: the 90th is the 9th smallest, ⌈0.9 × 10⌉ = 9.
    expect(percentile([7, 6, 6, 5, 9, 30, 6, 7, 8, 6], 90)).toBe(9);
    expect(percentile([3, 1, 2], 95)).toBe(3); // ⌈2.85⌉ = 3
  });

  it('selects the same value as sorting would (quickselect against the definition)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.double({ min: 0.1, max: 100, noNaN: true }), (v, p) => {
        const sorted = [...v].sort((a, b) => a - b);
        expect(percentile(v, p)).toBe(sorted[Math.min(v.length, Math.max(1, Math.ceil((p / 100) * v.length - 1e-9))) - 1]);
      }),
    );
  });

  it('ignores missing samples and is NaN without any', () => {
    expect(percentile([NaN, 4, Infinity, 2], 50)).toBe(2);
    expect(percentile([NaN], 50)).toBeNaN();
  });

  it('agrees with fractionAtOrBelow: p-th percentile ≤ x exactly when ≥ p % of samples are ≤ x', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 50 }), (v, p, x) => {
        expect(percentile(v, p) <= x).toBe(fractionAtOrBelow(v, x) >= p / 100 - 1e-12);
      }),
    );
  });
});

describe('fractionAtOrBelow and runsAbove', () => {
  it('count the samples within the limit and the runs above it', () => {
    const rpo = [5, 5, 20, 25, 5, 20, 5, 5, 5, 5]; // minutes, target 15
    expect(fractionAtOrBelow(rpo, 15)).toBe(0.7); // 7 of 10 within
    expect(runsAbove(rpo, 15)).toEqual([
      { start: 2, length: 2 },
      { start: 5, length: 1 },
    ]);
    expect(runsAbove([20, 20], 15)).toEqual([{ start: 0, length: 2 }]);
    expect(fractionAtOrBelow([], 1)).toBe(1);
  });
});
