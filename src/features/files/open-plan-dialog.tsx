/**
 * "Open…": a plan file or pasted JSON through the one gate (readPlanJson → parsePlan). A bad
 * file shows what is wrong, field by field, and the current plan stays as it is.
 */
import { useId, useState } from 'react';
import { usePlanStore } from '@/store';
import { FileDialog, ProblemList } from './file-dialog';
import { MAX_PLAN_FILE_BYTES, issueLines, readPlanJson } from './plan-json';

interface OpenPlanDialogProps {
  onClose: () => void;
  /** Called after a plan was opened, with a sentence for the status line. */
  onOpened: (message: string) => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const UNDO = isMac ? '⌘+Z' : 'Ctrl+Z';

export function OpenPlanDialog({ onClose, onOpened }: OpenPlanDialogProps) {
  const id = useId();
  const replacePlan = usePlanStore((s) => s.replacePlan);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<{ label: string; lines: string[] } | null>(null);

  const open = (source: string, content: string, reason: 'file' | 'paste') => {
    const read = readPlanJson(content);
    if (!read.ok) {
      setProblem({ label: `${source} is not a plan the planner can open. Your current plan is unchanged.`, lines: issueLines(read.issues) });
      return;
    }
    replacePlan(read.plan, reason);
    const migrated = read.migratedFrom === null ? '' : ` (converted from schema version ${read.migratedFrom})`;
    onOpened(`Opened “${read.plan.name}”${migrated}. Undo (${UNDO}) brings your previous plan back.`);
    onClose();
  };

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_PLAN_FILE_BYTES) {
      setProblem({ label: `“${file.name}” is too large to be a plan (${Math.round(file.size / 2 ** 20)} MiB). Your current plan is unchanged.`, lines: [] });
      return;
    }
    try {
      open(`“${file.name}”`, await file.text(), 'file');
    } catch {
      setProblem({ label: `“${file.name}” could not be read. Your current plan is unchanged.`, lines: [] });
    }
  };

  return (
    <FileDialog title="Open a plan" onClose={onClose}>
      <p className="files-muted">A plan saved with “Save JSON”, or its JSON pasted below. It replaces the current plan; Undo brings that back.</p>
      <label htmlFor={`${id}-file`} className="field-label">
        Plan file (.json)
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          void chooseFile(e.target.files?.[0]);
          e.target.value = ''; // choosing the same file again reads it again
        }}
      />
      <label htmlFor={`${id}-text`} className="field-label files-gap">
        Or paste plan JSON
      </label>
      <textarea id={`${id}-text`} className="files-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      {problem ? <ProblemList label={problem.label} lines={problem.lines} /> : null}
      <div className="files-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button--primary" disabled={!text.trim()} onClick={() => open('The pasted text', text, 'paste')}>
          Open pasted JSON
        </button>
      </div>
    </FileDialog>
  );
}
