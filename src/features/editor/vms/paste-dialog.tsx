/**
 * "Paste rows": a modal with the pasted text, a live preview (VMs recognised, errors by row and
 * column) and an Add button. Nothing reaches the plan before Add; valid VMs go through parsePlan
 * and are appended as one undo step. The text is never dropped: rows that failed stay in the box.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useModalDialog } from '@/components';
import { formatVmCount, getDisplayLocale } from '@/lib/format';
import { usePlanStore } from '@/store';
import { COLUMN_LABELS, TEMPLATE_COLUMNS, describeIssue, parsePlan, type StorageUnits } from '@/plan';
import { gatePastedVms } from './paste-gate';
import { DEFAULT_COLUMNS, issueText, parsePastedRows, rowsAsText } from './parse-tsv';
import { PastePreview } from './paste-preview';

interface PasteDialogProps {
  /** Text to start with (a paste on the table), '' for an empty box. */
  initialText: string;
  /** Closed; `text` is what the box held, offered again next time (nothing typed is lost). */
  onClose: (text: string) => void;
  /** Called after VMs were added, with a sentence for the status line. */
  onAdded: (message: string, firstNewIndex: number) => void;
}

const DEFAULT_ORDER = DEFAULT_COLUMNS.map((c) => COLUMN_LABELS[c]).join(', ');
const ALL_COLUMNS = [...TEMPLATE_COLUMNS, 'churnPercent' as const].map((c) => COLUMN_LABELS[c]).join(', ');

export function PasteDialog({ initialText, onClose, onAdded }: PasteDialogProps) {
  const ref = useModalDialog();
  const titleId = useId();
  const [text, setText] = useState(initialText);
  const [added, setAdded] = useState<string | null>(null);
  const deferred = useDeferredValue(text);
  const draft = usePlanStore((s) => s.draft);
  const appendVms = usePlanStore((s) => s.appendVms);
  const replacePlan = usePlanStore((s) => s.replacePlan);
  const storage: StorageUnits = draft.units?.storage === 'decimal' ? 'decimal' : 'binary';
  const units = storage === 'decimal' ? 'GB' : 'GiB';

  const parsed = useMemo(() => parsePastedRows(deferred, getDisplayLocale(), storage), [deferred, storage]);
  const gate = useMemo(() => gatePastedVms(draft, parsed.vms, (column) => parsed.titles[parsed.columns.indexOf(column)]), [draft, parsed]);
  const issues = [...parsed.issues, ...gate.issues].sort((a, b) => a.line - b.line);
  const ready = gate.ready;
  const stale = deferred !== text;

  /**
   * Add the ready VMs after the plan's (or, with `replace`, instead of them) as one undo step.
   * Rows that failed stay in the box, so the user fixes those instead of pasting again.
   */
  const apply = (replace: boolean) => {
    if (ready.length === 0 || stale) return;
    const existing = Array.isArray(draft.vms) ? draft.vms.length : 0;
    if (replace) {
      const parsedPlan = parsePlan({ ...draft, vms: ready });
      if (!parsedPlan.ok) {
        setAdded(`The plan would not be valid with only these VMs: ${describeIssue(parsedPlan.issues[0]!, { ...draft, vms: ready })}`);
        return;
      }
      replacePlan(parsedPlan.plan, 'paste');
    } else {
      appendVms(ready);
    }
    const copies = ready.reduce((sum, vm) => sum + vm.count, 0);
    const what = formatVmCount(ready.length, copies);
    const summary = replace ? `Replaced the plan's ${formatVmCount(existing)} with ${what} from the paste.` : `Added ${what} from the paste.`;
    const failed = new Set([...parsed.failedRows, ...gate.failedRows]);
    const firstNewIndex = replace ? 0 : existing;
    if (failed.size === 0) {
      onAdded(`${summary} Undo (Ctrl+Z) reverts it in one step.`, firstNewIndex);
      onClose('');
      return;
    }
    setText(rowsAsText(parsed, failed));
    setAdded(`${summary} The ${failed.size} row${failed.size === 1 ? '' : 's'} below had errors: fix them and add again, or cancel.`);
    onAdded(summary, firstNewIndex);
  };

  return (
    <dialog ref={ref} className="vm-paste-dialog" aria-labelledby={titleId} onClose={() => onClose(text)}>
      <h2 id={titleId}>Paste rows from a spreadsheet</h2>
      <p className="vm-muted">
        Copy cells in Excel and paste them here, one row per VM (or per disk, with a Disk column). A header row names the columns, in any order:{' '}
        {ALL_COLUMNS}. Without one, columns are read as {DEFAULT_ORDER}. Sizes and churn in {units}, the plan&apos;s unit, unless a header names
        another (e.g. “Size (GB)”). The VM table&apos;s own export (Import VMs from CSV… → Download this plan&apos;s VMs) pastes back as it is.
      </p>
      <label htmlFor={`${titleId}-text`} className="field-label">
        Rows (tab-separated)
      </label>
      <textarea id={`${titleId}-text`} className="vm-paste-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} autoFocus />
      <div className="vm-paste-status" role="status" aria-live="polite">
        {added ? <p className="vm-ok">{added}</p> : null}
        {text.trim() ? (
          <p>
            <strong>
              {ready.length} VM{ready.length === 1 ? '' : 's'} ready to add
            </strong>
            {parsed.header ? ' (header row recognised)' : ' (no header row: default column order)'}
            {issues.length > 0 ? `; ${issues.length} problem${issues.length === 1 ? '' : 's'} below — those rows are left out.` : '.'}
          </p>
        ) : null}
      </div>
      {gate.general.length > 0 ? (
        <ul className="vm-paste-issues">
          {gate.general.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      ) : null}
      {issues.length > 0 ? (
        <ul className="vm-paste-issues" aria-label="Problems in the pasted rows">
          {issues.slice(0, 50).map((issue, k) => (
            <li key={k}>{issueText(issue)}</li>
          ))}
          {issues.length > 50 ? <li>…and {issues.length - 50} more</li> : null}
        </ul>
      ) : null}
      {parsed.ignored.length > 0 ? (
        <p className="vm-muted">
          Ignored column{parsed.ignored.length === 1 ? '' : 's'} (not plan fields): {parsed.ignored.map((c) => `“${c}”`).join(', ')}.
        </p>
      ) : null}
      {parsed.notes.length > 0 ? <p className="vm-muted">{parsed.notes.join(' ')}</p> : null}
      <PastePreview vms={ready} units={draft.units?.storage ?? 'binary'} />
      <div className="vm-paste-actions">
        <button type="button" onClick={() => onClose(text)}>
          {added ? 'Close' : 'Cancel'}
        </button>
        <button type="button" onClick={() => apply(true)} disabled={ready.length === 0 || stale} title="The plan's VMs are replaced by the pasted ones; settings stay; one Undo brings them back">
          Replace VMs
        </button>
        <button type="button" className="button--primary" onClick={() => apply(false)} disabled={ready.length === 0 || stale}>
          Add {ready.length} VM{ready.length === 1 ? '' : 's'}
        </button>
      </div>
    </dialog>
  );
}
