/** The rows of an inventory file as they will be imported: each bad row marked with its line and the column at fault. */
import type { VmColumn as InventoryColumn } from '@/plan';
import type { InventoryReview, ReviewRow } from './inventory-review';

/** Rows listed at most; past that, rows with problems come first. */
export const MAX_PREVIEW_ROWS = 300;

function shownRows(rows: readonly ReviewRow[]): ReviewRow[] {
  if (rows.length <= MAX_PREVIEW_ROWS) return [...rows];
  const bad = rows.filter((r) => r.state !== 'ready').slice(0, MAX_PREVIEW_ROWS);
  const good = rows.filter((r) => r.state === 'ready').slice(0, MAX_PREVIEW_ROWS - bad.length);
  return [...bad, ...good].sort((a, b) => a.line - b.line);
}

function StateCell({ row }: { row: ReviewRow }) {
  if (row.state === 'ready') {
    return (
      <td className="files-state files-state--ready">
        <span aria-hidden="true">✓ </span>Ready
      </td>
    );
  }
  if (row.state === 'held') {
    const where = row.heldBy.length > 0 ? ` (problem on line ${row.heldBy.join(', ')})` : '';
    return (
      <td className="files-state files-state--held">
        <span aria-hidden="true">– </span>Left out with its VM{where}
      </td>
    );
  }
  return (
    <td className="files-state files-state--problem">
      <ul>
        {row.problems.map((p, k) => (
          <li key={k}>
            <span aria-hidden="true">✗ </span>
            {p}
          </li>
        ))}
      </ul>
    </td>
  );
}

/** Columns shown: every column the file has that is read, in the file's order. */
const NUMERIC: ReadonlySet<InventoryColumn> = new Set(['count', 'size', 'used', 'churnGB', 'churnPercent', 'recoveryPoints', 'appConsistentHours', 'writeIops']);

export function InventoryPreview({ review, fileName }: { review: InventoryReview; fileName: string }) {
  if (review.rows.length === 0) return null;
  const shown = review.columns.filter((c): c is { column: InventoryColumn; title: string } => c.column !== null);
  const rows = shownRows(review.rows);
  return (
    <div className="files-preview-scroll" role="region" aria-label="Rows of the file" tabIndex={0}>
      <table className="files-preview">
        <caption>
          Rows of “{fileName}”{rows.length < review.rows.length ? ` (${rows.length} of ${review.rows.length} shown, rows with problems first)` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            {shown.map((c) => (
              <th key={c.column} scope="col">
                {c.title}
              </th>
            ))}
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={`files-row--${row.state}`}>
              <th scope="row">{row.line}</th>
              {shown.map((c) => (
                <td key={c.column} className={NUMERIC.has(c.column) ? 'files-num' : c.column === 'hourlyWeights' || c.column === 'withinHourWeights' ? 'files-weights' : undefined}>
                  {row.cells[c.column]}
                </td>
              ))}
              <StateCell row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
