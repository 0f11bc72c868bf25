import { useRef, useState, type ReactNode } from 'react';
import { formatNumber } from '@/lib/format';
import { PlotSizeContext, useObservedWidth } from './plot-container';

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

interface ChartFigureProps {
  id: string;
  title: string;
  /** The takeaway in words; also the figure's accessible description. */
  summary: string;
  /** Pixel height of the plot (its PlotContainer draws the chart at this height). */
  height: number;
  children: ReactNode;
  /** Key below the plot (line styles and what they mean). */
  keyItems?: ReactNode;
  table?: ChartTable;
}

/** Tables up to this many rows render with the chart; longer ones only once their disclosure opens. */
const EAGER_ROWS = 200;
/** Rows a data table shows at most (a 5 000-VM plan): the results CSV carries every VM. */
export const MAX_TABLE_ROWS = 500;

/**
 * One chart: heading, one-line summary, the plot (hidden from screen readers, which get the
 * summary and the data table instead), an optional key and a "Show data as table" disclosure.
 */
export function ChartFigure({ id, title, summary, height, children, keyItems, table }: ChartFigureProps) {
  const [open, setOpen] = useState(false);
  const plotRef = useRef<HTMLDivElement>(null);
  const plotWidth = useObservedWidth(plotRef);
  // A closed disclosure of thousands of rows would still cost the page its DOM: build it on opening.
  const rows = !table || (table.rows.length > EAGER_ROWS && !open) ? [] : table.rows.slice(0, MAX_TABLE_ROWS);
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h3 id={`${id}-title`} className="chart-title">
        {title}
      </h3>
      <p id={`${id}-summary`} className="chart-summary">
        {summary}
      </p>
      <div ref={plotRef} className="chart-plot" style={{ height }} aria-hidden="true">
        <PlotSizeContext value={{ width: plotWidth, height }}>{children}</PlotSizeContext>
      </div>
      {keyItems ? <div className="chart-key">{keyItems}</div> : null}
      {table ? (
        <details className="chart-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>Show data as table</summary>
          <div className="chart-data-scroll">
            <table>
              <caption className="chart-visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) =>
                      j === 0 ? (
                        <th key={j} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={j}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {table.rows.length > MAX_TABLE_ROWS ? (
            <p className="chart-data-note">
              The first {formatNumber(MAX_TABLE_ROWS)} of {formatNumber(table.rows.length)} rows are shown; “Export results CSV” has them all.
            </p>
          ) : null}
        </details>
      ) : null}
    </figure>
  );
}

/** A key entry: a short line sample (solid, dashed, dotted) or marker, then its meaning. */
export function KeyItem({ swatch, children }: { swatch: 'solid' | 'dashed' | 'dotted' | 'area' | 'cross' | 'hatch'; children: ReactNode }) {
  return (
    <span className="chart-key-item">
      <span className={`chart-swatch chart-swatch--${swatch}`} aria-hidden="true" />
      {children}
    </span>
  );
}
