/** Above the VM table: add, paste, churn unit, and (for big plans) filter and pages. */
import { useId } from 'react';
import type { ChurnMode } from './churn-input';
import { PAGE_SIZE, type VmPaging } from './use-vm-paging';

interface VmToolbarProps {
  paging: VmPaging;
  total: number;
  churnMode: ChurnMode;
  onChurnMode: (mode: ChurnMode) => void;
  onAdd: () => void;
  canAdd: boolean;
  onPasteRows: () => void;
}

const CHURN_MODES: [ChurnMode, string][] = [
  ['gb', 'GB/day'],
  ['percent', '% of used per day'],
];

export function VmToolbar({ paging, total, churnMode, onChurnMode, onAdd, canAdd, onPasteRows }: VmToolbarProps) {
  const id = useId();
  const { page, pages, setPage, filter, setFilter, matching, visible } = paging;
  const first = visible.length > 0 ? page * PAGE_SIZE + 1 : 0;
  return (
    <div className="vm-toolbar">
      <button type="button" className="button--primary" onClick={onAdd} disabled={!canAdd}>
        Add VM
      </button>
      <button type="button" onClick={onPasteRows} aria-haspopup="dialog">
        Paste rows…
      </button>
      <fieldset className="vm-churn-mode">
        <legend>Churn as</legend>
        {CHURN_MODES.map(([mode, label]) => (
          <label key={mode}>
            <input type="radio" name={`${id}-churn`} value={mode} checked={churnMode === mode} onChange={() => onChurnMode(mode)} />
            {label}
          </label>
        ))}
      </fieldset>
      {total > PAGE_SIZE ? (
        <div className="vm-pager">
          <label htmlFor={`${id}-filter`}>Filter VMs</label>
          <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="name" size={14} />
          <button type="button" onClick={() => setPage(page - 1)} disabled={page === 0} aria-label="Previous page">
            Previous
          </button>
          <span aria-live="polite">
            {visible.length > 0 ? `${first}–${first + visible.length - 1}` : '0'} of {matching}
            {matching < total ? ` (filtered from ${total})` : ''}
          </span>
          <button type="button" onClick={() => setPage(page + 1)} disabled={page >= pages - 1} aria-label="Next page">
            Next
          </button>
        </div>
      ) : null}
    </div>
  );
}
