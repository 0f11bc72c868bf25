/**
 * The plot area of a ChartFigure, sized without Recharts' ResponsiveContainer measuring it.
 * ResponsiveContainer renders nothing at first, measures in an effect and then draws the whole
 * chart in one urgent render: at 5 000 VMs that was a task of ~300–1 000 ms per chart. Here the
 * figure watches its plot box with a ResizeObserver (no forced layout) and hands the width over in
 * a transition, so drawing the chart is a render React slices and interrupts for input.
 */
import { createContext, startTransition, useContext, useEffect, useState, type ReactElement, type RefObject } from 'react';
import { ResponsiveContainer } from 'recharts';

/** Width (px) of the figure's plot box, null until measured; its height is the figure's. */
export const PlotSizeContext = createContext<{ width: number | null; height: number } | null>(null);

/** Content width (px) of `ref`'s element, followed through resizes; updates are transitions. */
export function useObservedWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      startTransition(() => setWidth(next > 0 ? next : null));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * The chart at a fixed `width` (the printable report's), else at the figure's measured plot size;
 * nothing until that is known. Recharts draws at once when both sizes are numbers.
 */
export function PlotContainer({ width, children }: { width?: number; children: ReactElement }) {
  const plot = useContext(PlotSizeContext);
  if (!plot) throw new Error('PlotContainer needs a ChartFigure around it');
  const w = width ?? plot.width;
  if (!w) return null;
  return (
    <ResponsiveContainer width={w} height={plot.height}>
      {children}
    </ResponsiveContainer>
  );
}
