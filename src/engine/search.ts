/** Uplinks the searches never go beyond, Mbps (1 Tbps). */
export const MAX_SEARCH_MBPS = 1_000_000;
const MIN_SEARCH_MBPS = 1e-4;

export interface SearchOptions {
  /** A first guess near the answer; the search brackets around it. */
  guess: number;
  /** An uplink known to fail (skips probing below it), if any. */
  knownFail?: number;
  /** Stop when hi ÷ lo ≤ this ratio or hi − lo ≤ absTolerance. */
  relTolerance?: number;
  absTolerance?: number;
}

/**
 * Smallest uplink (Mbps) for which `passes` holds, assuming more uplink never hurts. Brackets
 * around the guess by doubling/halving, then bisects geometrically. Returns the passing end of
 * the final bracket, or null when even MAX_SEARCH_MBPS fails.
 */
export function searchMinimumUplink(passes: (mbps: number) => boolean, opts: SearchOptions): number | null {
  const rel = opts.relTolerance ?? 1.005;
  const abs = opts.absTolerance ?? 0.005;
  let lo = opts.knownFail ?? 0;
  let hi = Math.min(MAX_SEARCH_MBPS, Math.max(opts.guess, lo * 1.0001, MIN_SEARCH_MBPS));
  if (passes(hi)) {
    // Walk down until something fails (or the uplink is negligible).
    while (hi / 2 > lo && hi > MIN_SEARCH_MBPS) {
      const probe = Math.max(hi / 2, lo);
      if (!passes(probe)) {
        lo = probe;
        break;
      }
      hi = probe;
    }
  } else {
    lo = hi;
    for (;;) {
      if (hi >= MAX_SEARCH_MBPS) return null;
      // Requirements usually sit within a few times the first guess: grow by 1.5×, then 4× when far.
      hi = Math.min(MAX_SEARCH_MBPS, hi * (hi / opts.guess > 8 ? 4 : 1.5));
      if (passes(hi)) break;
      lo = hi;
    }
  }
  while (lo > 0 ? hi / lo > rel && hi - lo > abs : hi > MIN_SEARCH_MBPS) {
    const mid = lo > 0 ? Math.sqrt(lo * hi) : hi / 2;
    if (passes(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
