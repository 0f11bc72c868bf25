import { useId, useState } from 'react';
import { StatusLine, TextField, statusMessage, type StatusMessage } from '@/components';
import { FileActions } from '@/features/files';
import { MeasuredActions } from '@/features/measured';
import { useShareServices } from '@/components/share-services';
import { ShareActions } from '@/features/share';
import { LIMITS, type StorageUnits } from '@/plan';
import { usePlanStore, type SharedPlanOutcome } from '@/store';
import { quotedPlanName } from '@/lib/format';
import { ConfirmDialog } from './confirm-dialog';
import { EXAMPLE_PLANS, examplePlan } from './examples';

type Confirming = 'new' | 'reset' | null;

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';


/** The status after "Load example", for each way opening it as a plan of its own can go. */
function exampleMessage(outcome: SharedPlanOutcome | 'replaced', label: string): string {
  const loaded = `Loaded the example ${quotedPlanName(label)}.`;
  if (outcome === 'replaced') return `${loaded} Undo (${MOD}+Z) brings your plan back.`;
  switch (outcome.kind) {
    case 'already-open':
      return `The example ${quotedPlanName(label)} is already open.`;
    case 'opened-existing':
      return `Opened the example ${quotedPlanName(label)} from My plans.`;
    case 'opened':
      if (!outcome.saved) return `${loaded} It is not saved: this browser's storage is full or disabled. Undo (${MOD}+Z) brings your plan back.`;
      return outcome.keptName === null ? loaded : `${loaded} Your plan ${quotedPlanName(outcome.keptName)} is kept in My plans.`;
  }
}

/** Title, plan name and the plan toolbar: new, example, reset, undo/redo, storage units. */
export function AppHeader({ onOpenReport }: { onOpenReport: () => void }) {
  const exampleId = useId();
  const unitsId = useId();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [status, setStatusMessage] = useState<StatusMessage | null>(null);
  const setStatus = (text: string) => setStatusMessage(statusMessage(text));
  const units = usePlanStore((s) => s.draft.units?.storage);
  const canUndo = usePlanStore((s) => s.canUndo);
  const canRedo = usePlanStore((s) => s.canRedo);
  const openName = usePlanStore((s) => s.draft.name);
  const { undo, redo, newPlan, resetToDefaults, replacePlan, setStorageUnits } = usePlanStore((s) => s);
  // With My plans, a new plan or an example opens as a plan of its own and the open one is kept
  // (as with a link or a file); without it (storage disabled), they replace the draft and Undo returns it.
  const share = useShareServices();
  const library = share && share.session.unavailableReason === null ? share.session : null;

  const loadExample = (id: string) => {
    const example = EXAMPLE_PLANS.find((e) => e.id === id);
    if (!example) return;
    let outcome: SharedPlanOutcome | 'replaced' = 'replaced';
    if (library) outcome = library.openShared(examplePlan(id));
    else replacePlan(examplePlan(id), 'example');
    setStatus(exampleMessage(outcome, example.label));
  };
  const startNewPlan = () => {
    if (!library) return setConfirming('new');
    const before = openName;
    const created = library.create();
    setStatus(created.ok ? `Started a new plan. Your plan ${quotedPlanName(before ?? '')} is kept in My plans.` : created.message);
  };
  const confirm = () => {
    if (confirming === 'new') {
      newPlan();
      setStatus(`Started a new plan. Undo (${MOD}+Z) brings the previous one back.`);
    } else if (confirming === 'reset') {
      resetToDefaults();
      setStatus(`Settings reset to defaults; VMs kept. Undo (${MOD}+Z) reverts.`);
    }
    setConfirming(null);
  };

  return (
    <header className="app-header">
      <div className="app-title">
        <h1>Replica Planner</h1>
        <TextField path={['name']} label="Plan name" maxLength={LIMITS.nameChars} size={28} className="plan-name" />
      </div>
      <div className="toolbar" role="toolbar" aria-label="Plan">
        <button type="button" onClick={startNewPlan}>
          New plan
        </button>
        <label htmlFor={exampleId} className="visually-hidden">
          Load example
        </label>
        <select
          id={exampleId}
          value=""
          onChange={(e) => {
            loadExample(e.target.value);
            e.target.value = '';
          }}
        >
          <option value="" disabled>
            Load example…
          </option>
          {EXAMPLE_PLANS.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => setConfirming('reset')}>
          Reset to defaults
        </button>
        <span className="toolbar-sep" aria-hidden="true" />
        <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title={`Undo (${MOD}+Z)`}>
          <span aria-hidden="true">↶ </span>Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title={`Redo (${MOD}+Shift+Z)`}>
          <span aria-hidden="true">↷ </span>Redo
        </button>
        <span className="toolbar-sep" aria-hidden="true" />
        <fieldset className="units-toggle" aria-describedby={`${unitsId}-hint`}>
          <legend>Storage units</legend>
          {(
            [
              ['binary', 'GiB'],
              ['decimal', 'GB'],
            ] as [StorageUnits, string][]
          ).map(([value, label]) => (
            <label key={value}>
              <input type="radio" name={unitsId} value={value} checked={units === value} onChange={() => setStorageUnits(value)} />
              {label}
            </label>
          ))}
          <span id={`${unitsId}-hint`} className="visually-hidden">
            Switching converts every size and churn figure; the bytes stay the same.
          </span>
        </fieldset>
      </div>
      <div className="toolbar" role="toolbar" aria-label="Share and files">
        <ShareActions />
        <FileActions />
        <MeasuredActions />
        <button type="button" onClick={onOpenReport}>
          Report / Print
        </button>
      </div>
      <StatusLine status={status} className="app-status" />
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'new' ? 'Start a new plan?' : 'Reset settings to defaults?'}
        confirmLabel={confirming === 'new' ? 'Start new plan' : 'Reset settings'}
        onConfirm={confirm}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {confirming === 'new'
            ? 'The plan is replaced by an empty one with a single VM.'
            : 'Replication policy, link, extended site, replica storage and initial replication settings go back to their defaults. The plan name, units and VMs are kept.'}{' '}
          Undo brings it back.
        </p>
      </ConfirmDialog>
    </header>
  );
}
