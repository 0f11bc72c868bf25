/**
 * "Open…": a plan file or pasted JSON through the one gate (readPlanJson → parsePlan). A bad
 * file shows what is wrong, field by field, and the current plan stays as it is.
 */
import { useId, useState } from 'react';
import { useShareServices } from '@/components/share-services';
import { usePlanStore } from '@/store';
import { FileDialog, ProblemList } from './file-dialog';
import { openedPlanMessage } from './open-messages';
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
  const share = useShareServices();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<{ label: string; lines: string[] } | null>(null);

  /** `source` as a sentence names it: "“plan.json”" or "the pasted JSON". */
  const open = (source: string, content: string, reason: 'file' | 'paste') => {
    const read = readPlanJson(content);
    if (!read.ok) {
      const subject = source.charAt(0).toUpperCase() + source.slice(1);
      setProblem({ label: `${subject} is not a plan the planner can open. Your current plan is unchanged.`, lines: issueLines(read.issues, 20, typeof read.data === 'object' && read.data !== null ? read.data : undefined) });
      return;
    }
    // With My plans, an opened file is a plan of its own and the open one stays in the list, as a
    // shared link does; without it (component tests), it replaces the draft and Undo brings it back.
    let outcome: Parameters<typeof openedPlanMessage>[0] = 'replaced';
    if (share) outcome = share.session.openShared(read.plan);
    else replacePlan(read.plan, reason);
    const migrated = read.migratedFrom === null ? '' : ` It was converted from schema version ${read.migratedFrom}.`;
    onOpened(`${openedPlanMessage(outcome, read.plan.name, source, UNDO)}${migrated}`);
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
      <p className="files-muted">
        A plan saved with “Save JSON”, or its JSON pasted below.{' '}
        {share && share.session.unavailableReason === null
          ? 'It opens as a plan of its own; the plan open now stays in My plans.'
          : 'It replaces the plan open now; Undo brings that back.'}
      </p>
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
        <button type="button" className="button--primary" disabled={!text.trim()} onClick={() => open('the pasted JSON', text, 'paste')}>
          Open pasted JSON
        </button>
      </div>
    </FileDialog>
  );
}
