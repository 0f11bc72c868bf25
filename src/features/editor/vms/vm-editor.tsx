/**
 * The VM table: one row per VM (or VM group), disks and custom hours below on demand, add /
 * duplicate / delete / reorder with focus kept where the user works, and spreadsheet paste.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { StatusLine, fieldDomId, statusMessage, vmRowDomId, type StatusMessage } from '@/components';
import { BIG_PLAN_VMS } from '@/components/big-plan';
import { DEFAULTS, LIMITS, WINDOWS_SERVER_VERSIONS, type WindowsServerVersion } from '@/plan';
import { usePlanStore, type DraftVm } from '@/store';
import type { ChurnMode } from './churn-input';
import { useVmPaging } from './use-vm-paging';
import { VmRow, vmDisplayName, type RowAction } from './vm-row';

// The paste preview (and its CSV parser) loads on the first paste, not with the page.
const PasteDialog = lazy(() => import('./paste-dialog').then((m) => ({ default: m.PasteDialog })));
import { BulkPanel } from './bulk-panel';
import { useVmSelection } from './use-vm-selection';
import { VmTableHead, VM_COLUMNS } from './vm-table-head';
import { VmToolbar } from './vm-toolbar';
import { frequencyNote } from './vm-options';
import './vm-editor.css';

const NO_VMS: DraftVm[] = [];
type Open = { disks: ReadonlySet<string>; hours: ReadonlySet<string> };
/** What takes focus after an action re-renders the table. */
type FocusTarget = { index: number; target: 'name' | 'row' | 'up' | 'down' };

const focusId = ({ index, target }: FocusTarget, vms: readonly DraftVm[]) =>
  target === 'name' ? fieldDomId(['vms', index, 'name']) : target === 'row' ? vmRowDomId(String(vms[index]?.id)) : `vm-${index}-${target}`;

/** Tab-separated or multi-line text is spreadsheet rows; a single value is an ordinary paste. */
const looksLikeRows = (text: string) => /[\t\n]/.test(text.trim());

export function VmEditor() {
  const draftVms = usePlanStore((s) => s.draft.vms);
  const vms = Array.isArray(draftVms) ? draftVms : NO_VMS;
  const rawVersion = usePlanStore((s) => s.draft.replication?.windowsServer);
  const version: WindowsServerVersion = WINDOWS_SERVER_VERSIONS.includes(rawVersion) ? rawVersion : DEFAULTS.windowsServer;
  const planIrMethod = usePlanStore((s) => s.draft.initialReplication?.method);
  const addVm = usePlanStore((s) => s.addVm);
  const duplicateVm = usePlanStore((s) => s.duplicateVm);
  const deleteVm = usePlanStore((s) => s.deleteVm);
  const moveVm = usePlanStore((s) => s.moveVm);

  const paging = useVmPaging(vms);
  const [churnMode, setChurnMode] = useState<ChurnMode>('gb');
  const [open, setOpen] = useState<Open>({ disks: new Set(), hours: new Set() });
  const [status, setStatusMessage] = useState<StatusMessage | null>(null);
  const setStatus = useCallback((text: string) => setStatusMessage(statusMessage(text)), []);
  const order = useMemo(() => paging.visible.map((i) => String(vms[i]?.id)), [paging.visible, vms]);
  const selection = useVmSelection(vms, order);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const [paste, setPaste] = useState<{ text: string } | null>(null);
  const [pasteDraftText, setPasteDraftText] = useState('');

  // Row callbacks read the newest list through a ref so they stay stable and memoised rows skip re-rendering.
  const latest = useRef({ vms, showIndex: paging.showIndex });
  latest.current = { vms, showIndex: paging.showIndex };

  useEffect(() => {
    if (!focus) return;
    document.getElementById(focusId(focus, vms))?.focus();
    setFocus(null);
  }, [focus, vms]);

  const onToggle = useCallback((vmId: string, part: keyof Open, force?: boolean) => {
    setOpen((prev) => {
      const next = new Set(prev[part]);
      if (force ?? !next.has(vmId)) next.add(vmId);
      else next.delete(vmId);
      return { ...prev, [part]: next };
    });
  }, []);

  const onAction = useCallback(
    (action: RowAction, index: number) => {
      const { vms: list, showIndex } = latest.current;
      const vm = list[index];
      if (!vm) return;
      const name = vmDisplayName(vm, index);
      const go = (target: FocusTarget) => {
        showIndex(target.index);
        setFocus(target);
      };
      if (action === 'up' || action === 'down') {
        const to = action === 'up' ? index - 1 : index + 1;
        moveVm(index, to);
        // The moved row's button keeps focus; at either end the other arrow takes it.
        const edge = (action === 'up' && to === 0) || (action === 'down' && to === list.length - 1);
        go({ index: to, target: edge ? (action === 'up' ? 'down' : 'up') : action });
        setStatus(`Moved ${name} to row ${to + 1} of ${list.length}.`);
      } else if (action === 'duplicate') {
        duplicateVm(index);
        go({ index: index + 1, target: 'name' });
        setStatus(`Duplicated ${name}.`);
      } else {
        deleteVm(index);
        go({ index: Math.min(index, list.length - 2), target: 'row' });
        setStatus(`Deleted ${name}. Undo (Ctrl+Z) brings it back.`);
      }
    },
    [moveVm, duplicateVm, deleteVm, setStatus],
  );

  const onAdd = () => {
    addVm();
    paging.showIndex(vms.length);
    setFocus({ index: vms.length, target: 'name' });
    setStatus(`Added VM ${vms.length + 1}.`);
  };

  const onPaste = (e: ClipboardEvent<HTMLElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if ((e.target as Element).closest?.('dialog') || !looksLikeRows(text)) return;
    e.preventDefault(); // spreadsheet rows: preview them instead of pouring them into one cell
    setPaste({ text });
  };

  const note = frequencyNote(version);
  return (
    <section className="vm-editor" aria-labelledby="vm-editor-title" onPaste={onPaste}>
      <h2 id="vm-editor-title">Virtual machines</h2>
      <VmToolbar
        paging={paging}
        total={vms.length}
        churnMode={churnMode}
        onChurnMode={setChurnMode}
        onAdd={onAdd}
        canAdd={vms.length < LIMITS.vms}
        onPasteRows={() => setPaste({ text: pasteDraftText })}
      />
      {note ? <p className="vm-note">{note}</p> : null}
      <BulkPanel vms={vms} selection={selection} version={version} planIrMethod={planIrMethod} onStatus={setStatus} />
      <StatusLine status={status} className="vm-status" />
      <div className={vms.length >= BIG_PLAN_VMS ? 'vm-table-wrap vm-table-wrap--big' : 'vm-table-wrap'}>
        <table className="vm-table">
          <caption className="visually-hidden">Virtual machines: one row per VM or group of identical VMs</caption>
          <VmTableHead all={selection.count === 0 ? false : selection.count === vms.length ? true : null} onAll={selection.all} />
          <tbody>
            {paging.visible.map((i) => {
              const vm = vms[i]!;
              const id = String(vm.id);
              return (
                <VmRow
                  key={id}
                  index={i}
                  vm={vm}
                  isLast={i === vms.length - 1}
                  isOnly={vms.length <= 1}
                  version={version}
                  planIrMethod={planIrMethod}
                  churnMode={churnMode}
                  disksOpen={open.disks.has(id)}
                  hoursOpen={open.hours.has(id)}
                  selected={selection.has(id)}
                  onSelect={selection.toggle}
                  columns={VM_COLUMNS.length}
                  onToggle={onToggle}
                  onAction={onAction}
                  onStatus={setStatus}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      {paste ? (
        <Suspense fallback={null}>
          <PasteDialog
            initialText={paste.text}
            onClose={(text) => {
              setPasteDraftText(text);
              setPaste(null);
            }}
            onAdded={(message, firstNewIndex) => {
              setStatus(message);
              paging.showIndex(firstNewIndex);
            }}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
