import { startTransition, useEffect, useState } from 'react';

/**
 * Big plans (`BIG_PLAN_VMS`) draw their charts one per browser task. Each chart of a 5 000-VM plan
 * costs 100–500 ms to mount (Recharts measures tick labels and re-renders inside the commit), so
 * drawing all five in one commit held the page for seconds.
 */

/**
 * How many of `total` parts to mount: all at once unless `staggered`, else one more after each
 * commit, in a transition (typing or clicking meanwhile goes first). Once every part is mounted
 * it stays so: later results re-render the charts in place.
 */
export function useStaggeredMount(total: number, staggered: boolean): number {
  const [mounted, setMounted] = useState(staggered ? 1 : total);
  useEffect(() => {
    if (mounted >= total) return;
    // A timer, not the effect itself: the next chart starts in a task of its own, after a paint.
    const timer = setTimeout(() => startTransition(() => setMounted((n) => n + 1)));
    return () => clearTimeout(timer);
  }, [mounted, total]);
  return Math.min(mounted, total);
}
