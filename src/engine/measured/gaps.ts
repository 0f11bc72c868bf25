/**
 * Gaps are gaps. A slot the collector did not sample is not a slot without writes, and a moment
 * nobody measured is not a moment the target was met. This step, before the replay:
 * - fills each VM's unsampled slots with its mean rate at that hour of the day over the slots
 *   that were sampled (its overall sampled mean when that hour was never sampled), so the
 *   replay's writes — and the backlog they leave — stay those of a measured day;
 * - marks the slots in which every VM was sampled: only those can count as "met"; a slot where
 *   some VM was not sampled counts as "missed" only when the VM lagging most was sampled
 *   (a measured miss), and otherwise neither way (simulate-measured's SlotJudge).
 */
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../units';

/** Rates with the unsampled slots filled (bytes/s, growth not applied); `seen[k]` = 1 where sampled (all when absent). */
export function fillGaps(bytesPerSecond: ArrayLike<number>, seen: ArrayLike<number> | undefined, slots: number, stepSeconds: number, startSecondOfDay: number): Float64Array {
  const out = new Float64Array(slots);
  const rate = (k: number) => {
    const r = Number(bytesPerSecond[k] ?? 0);
    return Number.isFinite(r) && r > 0 ? r : 0;
  };
  if (!seen) {
    for (let k = 0; k < slots; k++) out[k] = rate(k);
    return out;
  }
  const hourOf = (k: number) => Math.floor((((startSecondOfDay + k * stepSeconds) % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY / SECONDS_PER_HOUR);
  const sum = new Float64Array(24);
  const count = new Float64Array(24);
  let all = 0;
  let allCount = 0;
  for (let k = 0; k < slots; k++) {
    if (!seen[k]) continue;
    const h = hourOf(k);
    sum[h] = sum[h]! + rate(k);
    count[h] = count[h]! + 1;
    all += rate(k);
    allCount++;
  }
  const overall = allCount ? all / allCount : 0;
  for (let k = 0; k < slots; k++) {
    if (seen[k]) out[k] = rate(k);
    else {
      const h = hourOf(k);
      out[k] = count[h]! > 0 ? sum[h]! / count[h]! : overall;
    }
  }
  return out;
}

/** 1 in the slots where every VM was sampled. */
export function countedSlots(seens: readonly (ArrayLike<number> | undefined)[], slots: number): Uint8Array {
  const counted = new Uint8Array(slots).fill(1);
  for (const seen of seens) {
    if (!seen) continue;
    for (let k = 0; k < slots; k++) if (!seen[k]) counted[k] = 0;
  }
  return counted;
}

/** Mean of the sampled slots' rates, bytes/s (0 when none was sampled). */
export function sampledMean(bytesPerSecond: ArrayLike<number>, seen: ArrayLike<number> | undefined, slots: number): { mean: number; sampled: number } {
  let sum = 0;
  let n = 0;
  for (let k = 0; k < slots; k++) {
    if (seen && !seen[k]) continue;
    const r = Number(bytesPerSecond[k] ?? 0);
    sum += Number.isFinite(r) && r > 0 ? r : 0;
    n++;
  }
  return { mean: n ? sum / n : 0, sampled: n };
}
