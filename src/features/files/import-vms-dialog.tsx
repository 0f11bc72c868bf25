/**
 * "Import VMs from CSV…": template download, file choice, a preview that marks every bad row,
 * then "Add to plan" or "Replace VMs" as one undo step. Until then nothing touches the plan, and
 * Cancel leaves it as it was.
 */
import { useId, useMemo, useState } from 'react';
import { getDisplayLocale } from '@/lib/format';
import { LIMITS, describeIssue, parsePlan, type StorageUnits } from '@/plan';
import { usePlanStore } from '@/store';
import { csvStyleFor } from './csv';
import { downloadText, fileNameFor } from './download';
import { FileDialog, ProblemList } from './file-dialog';
import { MAX_INVENTORY_CHARS } from './inventory-csv';
import { InventoryPreview } from './inventory-preview';
import { reviewInventory } from './inventory-review';
import { inventoryCsv, templateCsv } from './inventory-template';

interface ImportVmsDialogProps {
  onClose: () => void;
  /** Called after VMs were imported, with a sentence for the status line. */
  onImported: (message: string) => void;
}

const CSV_TYPE = 'text/csv;charset=utf-8';
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const UNDO = isMac ? '⌘+Z' : 'Ctrl+Z';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ImportVmsDialog({ onClose, onImported }: ImportVmsDialogProps) {
  const id = useId();
  const draft = usePlanStore((s) => s.draft);
  const appendVms = usePlanStore((s) => s.appendVms);
  const replacePlan = usePlanStore((s) => s.replacePlan);
  const units: StorageUnits = draft.units?.storage === 'decimal' ? 'decimal' : 'binary';
  const unit = units === 'decimal' ? 'GB' : 'GiB';
  const [source, setSource] = useState<{ name: string; text: string } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const review = useMemo(() => (source ? reviewInventory(source.text, units, draft) : null), [source, units, draft]);
  const existing = Array.isArray(draft.vms) ? draft.vms.length : 0;
  const ready = review?.ready ?? [];
  const tooMany = existing + ready.length > LIMITS.vms;

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    setReadError(null);
    if (file.size > MAX_INVENTORY_CHARS) {
      setSource(null);
      setReadError(`“${file.name}” is too large for an inventory (${Math.round(file.size / 2 ** 20)} MiB; at most ${MAX_INVENTORY_CHARS / 2 ** 20} MiB).`);
      return;
    }
    try {
      setSource({ name: file.name, text: await file.text() });
    } catch {
      setSource(null);
      setReadError(`“${file.name}” could not be read.`);
    }
  };

  const leftOutText = review && review.leftOut > 0 ? ` ${plural(review.leftOut, 'row')} with problems ${review.leftOut === 1 ? 'was' : 'were'} left out.` : '';
  const add = () => {
    if (!source || ready.length === 0 || tooMany) return;
    appendVms(ready);
    onImported(`Added ${plural(ready.length, 'VM')} from “${source.name}”.${leftOutText} Undo (${UNDO}) removes ${ready.length === 1 ? 'it' : 'them'} in one step.`);
    onClose();
  };
  const replace = () => {
    if (!source || ready.length === 0) return;
    const parsed = parsePlan({ ...draft, vms: ready });
    if (!parsed.ok) {
      setReadError(`The plan would not be valid with only these VMs: ${describeIssue(parsed.issues[0]!, { ...draft, vms: ready })}`);
      return;
    }
    replacePlan(parsed.plan, 'file');
    onImported(`Replaced the plan's ${plural(existing, 'VM')} with ${plural(ready.length, 'VM')} from “${source.name}”.${leftOutText} Undo (${UNDO}) brings them back.`);
    onClose();
  };

  return (
    <FileDialog title="Import VMs from CSV" onClose={onClose} wide>
      <p className="files-muted">
        One row per disk; rows with the same VM name form one VM. Columns: VM name, Count, Disk name, Size, Used, Churn per day, Replicated (yes/no),
        Workload, Frequency (30 s, 5 min, 15 min), Recovery points, App-consistent (hours or off), Profile (Flat, Business hours, Overnight batch,
        Custom), Hourly weights (24 numbers for a custom profile), 5-minute shape (uneven hours only, e.g. “09: 3 3 1 1 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5”; empty = even), Initial replication (Network, Offline, Seed; empty = the plan&apos;s), Write IOPS.
        Only VM name and Size are required; empty cells take the defaults and the workload&apos;s rule of thumb. Sizes and churn in {unit}, the plan&apos;s unit, unless a column&apos;s header names another (e.g. “Size (GB)”).
      </p>
      <div className="files-row">
        <button type="button" onClick={() => downloadText('vm-inventory-template.csv', templateCsv(units, csvStyleFor(getDisplayLocale())), CSV_TYPE)}>
          Download template
        </button>
        <button type="button" onClick={() => downloadText(fileNameFor(draft.name ?? '', ' - VMs.csv'), inventoryCsv(draft.vms ?? [], units, csvStyleFor(getDisplayLocale())), CSV_TYPE)}>
          Download this plan&apos;s VMs
        </button>
      </div>
      <label htmlFor={`${id}-file`} className="field-label files-gap">
        Inventory file (.csv)
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,text/csv,.txt"
        onChange={(e) => {
          void chooseFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {readError ? <ProblemList label={readError} lines={[]} /> : null}
      {review && source ? (
        <>
          <p className="files-summary" role="status">
            <strong>
              {plural(ready.length, 'VM')} ({plural(review.readyDisks, 'disk')}) ready to import
            </strong>{' '}
            from “{source.name}”.{leftOutText}
            {tooMany ? ` The plan holds at most ${LIMITS.vms} VMs: adding would make ${existing + ready.length}.` : ''}
          </p>
          {review.general.length > 0 ? <ProblemList label="Nothing can be imported yet:" lines={review.general} /> : null}
          <InventoryPreview review={review} fileName={source.name} />
          {review.ignored.length > 0 ? (
            <p className="files-muted">
              Ignored column{review.ignored.length === 1 ? '' : 's'} (not plan fields): {review.ignored.map((c) => `“${c}”`).join(', ')}.
            </p>
          ) : null}
          {review.notes.length > 0 ? <p className="files-muted">{review.notes.join(' ')}</p> : null}
        </>
      ) : null}
      <div className="files-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" onClick={replace} disabled={ready.length === 0} aria-describedby={`${id}-replace`}>
          Replace VMs
        </button>
        <button type="button" className="button--primary" onClick={add} disabled={ready.length === 0 || tooMany}>
          Add to plan
        </button>
      </div>
      <p id={`${id}-replace`} className="files-muted files-hint">
        Add to plan keeps the plan&apos;s {plural(existing, 'VM')}; Replace VMs swaps them for the imported ones. Settings stay either way, and
        one Undo reverts the import.
      </p>
    </FileDialog>
  );
}
