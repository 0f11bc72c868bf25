import type { ReactNode } from 'react';

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

interface ChartFigureProps {
  id: string;
  title: string;
  /** The takeaway in words; also the figure's accessible description. */
  summary: string;
  /** Pixel height of the plot: ResponsiveContainer needs a sized parent. */
  height: number;
  children: ReactNode;
  /** Key below the plot (line styles and what they mean). */
  keyItems?: ReactNode;
  table?: ChartTable;
}

/**
 * One chart: heading, one-line summary, the plot (hidden from screen readers, which get the
 * summary and the data table instead), an optional key and a "Show data as table" disclosure.
 */
export function ChartFigure({ id, title, summary, height, children, keyItems, table }: ChartFigureProps) {
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h3 id={`${id}-title`} className="chart-title">
        {title}
      </h3>
      <p id={`${id}-summary`} className="chart-summary">
        {summary}
      </p>
      <div className="chart-plot" style={{ height }} aria-hidden="true">
        {children}
      </div>
      {keyItems ? <div className="chart-key">{keyItems}</div> : null}
      {table ? (
        <details className="chart-data">
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
                {table.rows.map((row, i) => (
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
