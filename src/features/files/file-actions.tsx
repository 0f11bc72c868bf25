/**
 * The header's file actions: open a plan file, save the plan as JSON, export the per-VM results as
 * CSV, import VMs from an inventory CSV. The dialogs load on first use, off the first screen.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { StatusLine, statusMessage, useOptionsIfAny, useResults, type StatusMessage } from '@/components';
import { getDisplayLocale } from '@/lib/format';
import { describeIssue } from '@/plan';
import { selectValidation, usePlanStore } from '@/store';
import { downloadText, fileNameFor } from './download';
import { planToJson } from './plan-json';
import './files.css';

const OpenPlanDialog = lazy(() => import('./open-plan-dialog').then((m) => ({ default: m.OpenPlanDialog })));
const ImportVmsDialog = lazy(() => import('./import-vms-dialog').then((m) => ({ default: m.ImportVmsDialog })));

type Dialog = 'open' | 'import' | null;

export function FileActions() {
  const [dialog, setDialog] = useState<Dialog>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const [status, setStatusMessage] = useState<StatusMessage | null>(null);
  const setStatus = useCallback((text: string) => setStatusMessage(statusMessage(text)), []);
  const draft = usePlanStore((s) => s.draft);
  const { shown, draftInvalid } = useResults();
  const options = useOptionsIfAny();
  const comparison = options && shown && options.comparison.forPlan === shown.plan ? options.comparison.rows : null;
  const found = options && shown && options.optimizer.forPlan === shown.plan && options.optimizer.status === 'done' ? (options.optimizer.result?.options ?? []) : [];

  const shownDialog = useRef<Dialog>(null);
  // A dialog unmounts rather than closing itself: once it is gone (and the page no longer inert),
  // focus goes back to the button that opened it.
  useEffect(() => {
    if (dialog !== null) shownDialog.current = dialog;
    else if (shownDialog.current !== null) {
      (shownDialog.current === 'open' ? openButton : importButton).current?.focus();
      shownDialog.current = null;
    }
  }, [dialog]);
  const closeDialog = () => setDialog(null);

  const saveJson = () => {
    const fileName = fileNameFor(draft.name ?? '', '.json');
    downloadText(fileName, planToJson(draft), 'application/json');
    const issues = selectValidation(draft).issues;
    // The draft is saved as it is, errors included, so no edit is lost; say what opening it will need.
    setStatus(
      issues.length === 0
        ? `Saved “${fileName}”.`
        : `Saved “${fileName}” with ${issues.length} error${issues.length === 1 ? '' : 's'} (${describeIssue(issues[0]!, draft)}${issues.length > 1 ? '…' : ''}): fix ${issues.length === 1 ? 'it' : 'them'} before opening the file again.`,
    );
  };

  const exportResults = async () => {
    if (!shown) {
      setStatus('No results yet to export.');
      return;
    }
    const [{ resultsCsv }, { csvStyleFor, styleNote }] = await Promise.all([import('./results-csv'), import('./csv')]);
    const fileName = fileNameFor(shown.plan.name, ' - per-VM results.csv');
    const style = csvStyleFor(getDisplayLocale());
    downloadText(fileName, resultsCsv(shown.plan, shown.result, style), 'text/csv;charset=utf-8');
    const saved = `Saved “${fileName}”${styleNote(style)}`;
    setStatus(draftInvalid ? `${saved}: the results of the last valid plan (the plan being edited has errors).` : `${saved}.`);
  };

  const exportOptions = async () => {
    if (!shown || !comparison) return;
    const [{ comparisonTable }, { csvStyleFor, styleNote, toCsv }] = await Promise.all([import('@/results'), import('./csv')]);
    const fileName = fileNameFor(shown.plan.name, ' - options.csv');
    const style = csvStyleFor(getDisplayLocale());
    downloadText(fileName, toCsv(comparisonTable(shown.plan, comparison, found), style), 'text/csv;charset=utf-8');
    setStatus(`Saved “${fileName}”${styleNote(style)}: the plan, its variants${found.length ? ' and the options found' : ''}.`);
  };

  return (
    <>
      <button type="button" ref={openButton} onClick={() => setDialog('open')} aria-haspopup="dialog">
        Open…
      </button>
      <button type="button" onClick={saveJson}>
        Save JSON
      </button>
      <button type="button" onClick={() => void exportResults()} disabled={!shown}>
        Export results CSV
      </button>
      {comparison ? (
        <button type="button" onClick={() => void exportOptions()}>
          Export options CSV
        </button>
      ) : null}
      <button type="button" ref={importButton} onClick={() => setDialog('import')} aria-haspopup="dialog">
        Import VMs from CSV…
      </button>
      <StatusLine status={status} as="span" className="files-status" label="File status" />
      {dialog !== null ? (
        <Suspense fallback={null}>
          {dialog === 'open' ? (
            <OpenPlanDialog onClose={closeDialog} onOpened={setStatus} />
          ) : (
            <ImportVmsDialog onClose={closeDialog} onImported={setStatus} />
          )}
        </Suspense>
      ) : null}
    </>
  );
}
