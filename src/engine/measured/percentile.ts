/**
 * Percentiles as planners use them: nearest rank. The p-th percentile is the smallest sample x
 * with at least p % of the samples ≤ x, so "the 90th percentile of RPO ≤ target" and "the
 * target is met at least 90 % of the time" are the same statement — the answers agree by design.
 */

/** Nearest-rank p-th percentile (0 < p ≤ 100) of the finite values; NaN when there are none. */
export function percentile(values: ArrayLike<number>, p: number): number {
  const finite = finiteCopy(values);
  if (!finite.length) return NaN;
  // Rank ⌈p/100 × N⌉, 1-based; p = 100 gives the maximum.
  const rank = Math.min(finite.length, Math.max(1, Math.ceil((p / 100) * finite.length - 1e-9)));
  return select(finite, rank - 1);
}

/** Share (0–1) of the finite values at or below `limit`; 1 when there are none. */
export function fractionAtOrBelow(values: ArrayLike<number>, limit: number): number {
  let n = 0;
  let within = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (!Number.isFinite(v)) continue;
    n++;
    if (v <= limit) within++;
  }
  return n ? within / n : 1;
}

/** Maximal runs of consecutive values above `limit`: start index and length. */
export function runsAbove(values: ArrayLike<number>, limit: number): { start: number; length: number }[] {
  const runs: { start: number; length: number }[] = [];
  let start = -1;
  for (let k = 0; k <= values.length; k++) {
    const above = k < values.length && values[k]! > limit;
    if (above && start < 0) start = k;
    if (!above && start >= 0) {
      runs.push({ start, length: k - start });
      start = -1;
    }
  }
  return runs;
}

function finiteCopy(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let n = 0;
  for (let k = 0; k < values.length; k++) if (Number.isFinite(values[k]!)) out[n++] = values[k]!;
  return out.subarray(0, n);
}

/**
 * The k-th smallest value (0-based), rearranging `a`: quickselect (Hoare partition, middle pivot),
 * linear on average — a week of 4-second samples per VM would take a sort each otherwise.
 */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
