/**
 * Churn shown as % of the disk's used size per day. The plan stores GB/day only; these convert
 * for the "% of used per day" view. Null when used is 0 (or not a number): no percentage exists.
 */
const usable = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** churn ÷ used × 100, e.g. 3 GB/day on 210 GB used = 1.43 %. */
export function churnPercentOfUsed(churnGBPerDay: unknown, usedGB: unknown): number | null {
  if (!usable(churnGBPerDay) || !usable(usedGB) || usedGB <= 0) return null;
  return (churnGBPerDay / usedGB) * 100;
}

/** used × pct ÷ 100, e.g. 2 % of 210 GB = 4.2 GB/day. */
export function churnFromPercent(percent: number, usedGB: unknown): number | null {
  if (!usable(percent) || !usable(usedGB) || usedGB <= 0) return null;
  return (usedGB * percent) / 100;
}
