import { describe, expect, it } from 'vitest';
import { churnFromPercent, churnPercentOfUsed } from './churn-percent';

describe('churn as % of used', () => {
  it('3 GiB/day on 210 GiB used is 1.428571 %; 2 % of 210 GiB is 4.2 GiB/day', () => {
    expect(churnPercentOfUsed(3, 210)).toBeCloseTo(1.4285714, 6); // 3 ÷ 210 × 100
    expect(churnFromPercent(2, 210)).toBeCloseTo(4.2, 12); // 210 × 2 ÷ 100
  });

  it('round trips', () => {
    for (const [churn, used] of [[0.5, 28], [6, 8], [0, 100], [1234.5, 65536]] as const) {
      expect(churnFromPercent(churnPercentOfUsed(churn, used)!, used)).toBeCloseTo(churn, 9);
    }
  });

  it('has no percentage when used is 0 or not a number', () => {
    expect(churnPercentOfUsed(3, 0)).toBeNull();
    expect(churnPercentOfUsed(3, 'x')).toBeNull();
    expect(churnFromPercent(2, 0)).toBeNull();
  });
});
