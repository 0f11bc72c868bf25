import { useEffect, useId, useRef, useState } from 'react';
import { useModalDialog } from '@/components';
import { usePlanStore, type LibraryResult, type PlanLibrarySession } from '@/store';
import { quotedPlanName } from '@/lib/format';
import { PlanRow } from './plan-row';

interface MyPlansDialogProps {
  session: PlanLibrarySession;
  /** Called once the dialog has closed; `message` is for the share status (e.g. "Opened …"). */
  onClose: (message?: string) => void;
}


/** My plans: every plan kept in this browser, the open one among them (native modal <dialog>). */
export function MyPlansDialog({ session, onClose }: MyPlansDialogProps) {
  const ref = useModalDialog();
  const heading = useRef<HTMLHeadingElement>(null);
  const closing = useRef<string | undefined>(undefined);
  const titleId = useId();
  const [plans, setPlans] = useState(() => session.list());
  const [status, setStatus] = useState('');
  // The open plan's row follows edits made while the dialog is open (its name, via Rename).
  const openName = usePlanStore((s) => s.draft.name);
  const setNotice = usePlanStore((s) => s.setNotice);
  const currentId = session.currentId();
  const enabled = session.unavailableReason === null;

  useEffect(() => setPlans(session.list()), [session, openName]);

  const close = (message?: string) => {
    closing.current = message;
    if (ref.current?.open) ref.current.close();
    else onClose(message);
  };
  const report = <T,>(result: LibraryResult<T>, success: (value: T) => string) => {
    setPlans(session.list());
    setStatus(result.ok ? success(result.value) : result.message);
    return result.ok;
  };
  const keptNote = (before: string) => ` Your plan ${quotedPlanName(before)} is kept in My plans.`;

  const open = (id: string) => {
    const before = openName;
    const result = session.open(id);
    if (!result.ok) return report(result, () => '');
    if (result.value.notice) setNotice(result.value.notice);
    close(`Opened ${quotedPlanName(result.value.name)}.${keptNote(before)}`);
  };
  const create = () => {
    const before = openName;
    const result = session.create();
    if (!result.ok) return report(result, () => '');
    close(`Started the new plan ${quotedPlanName(result.value.name)}.${keptNote(before)}`);
  };

  return (
    <dialog ref={ref} className="my-plans-dialog" aria-labelledby={titleId} onClose={() => onClose(closing.current)}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        My plans
      </h2>
      <p className="my-plans-hint">Plans are kept in this browser only. The open plan saves itself as you edit; share one with Copy link.</p>
      {session.unavailableReason ? <p className="notice notice--warning">{session.unavailableReason}</p> : null}
      <div className="my-plans-scroll">
        <table className="my-plans-table">
          <caption className="visually-hidden">Plans kept in this browser</caption>
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">VMs</th>
              <th scope="col">Last changed</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((entry) => (
              <PlanRow
                key={entry.id}
                entry={entry}
                isOpen={entry.id === currentId}
                enabled={enabled}
                onOpen={() => open(entry.id)}
                onRename={(name) => {
                  const result = session.rename(entry.id, name);
                  report(result, () => `Renamed to ${quotedPlanName(name)}.`);
                  return result.ok ? null : result.message;
                }}
                onDuplicate={() => report(session.duplicate(entry.id), (copy) => `Added ${quotedPlanName(copy.name)}.`)}
                onDelete={() => {
                  if (report(session.remove(entry.id), () => `Deleted ${quotedPlanName(entry.name)}.`)) heading.current?.focus();
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p className="my-plans-status" role="status">
        {status}
      </p>
      <div className="confirm-actions">
        <button type="button" onClick={create} disabled={!enabled}>
          New plan
        </button>
        <button type="button" className="button--primary" onClick={() => close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
