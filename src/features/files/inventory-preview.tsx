/** The rows of an inventory file as they will be imported: each bad row marked with its line and the column at fault. */
import type { InventoryColumn } from './inventory-columns';
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

export function InventoryPreview({ review, fileName }: { review: InventoryReview; fileName: string }) {
  if (review.rows.length === 0) return null;
  const title = (column: InventoryColumn, fallback: string) => review.columns.find((c) => c.column === column)?.title ?? fallback;
  const churnColumn: InventoryColumn = review.columns.some((c) => c.column === 'churnGB') ? 'churnGB' : 'churnPercent';
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
            <th scope="col">{title('name', 'VM name')}</th>
            <th scope="col">{title('disk', 'Disk')}</th>
            <th scope="col">{title('size', 'Size')}</th>
            <th scope="col">{title('used', 'Used')}</th>
            <th scope="col">{title(churnColumn, 'Churn')}</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={`files-row--${row.state}`}>
              <th scope="row">{row.line}</th>
              <td>{row.vm}</td>
              <td>{row.disk}</td>
              <td className="files-num">{row.cells.size}</td>
              <td className="files-num">{row.cells.used}</td>
              <td className="files-num">{row.cells[churnColumn]}</td>
              <StateCell row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
