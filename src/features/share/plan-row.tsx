import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { getDisplayLocale } from '@/lib/format';
import { LIMITS } from '@/plan';
import type { LibraryEntry } from '@/store';

export interface PlanRowProps {
  entry: LibraryEntry;
  /** The plan on screen: it cannot be opened again or deleted. */
  isOpen: boolean;
  /** False when My plans is unavailable (no storage). */
  enabled: boolean;
  onOpen: () => void;
  /** Returns an error message, or null when renamed. */
  onRename: (name: string) => string | null;
  onDuplicate: () => void;
  onDelete: () => void;
}

type Mode = 'view' | 'rename' | 'delete';

function formatSaved(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return 'not saved yet';
  return new Intl.DateTimeFormat(getDisplayLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The plan name as visually hidden text: the buttons read "Open <name>", "Delete <name>". */
const Named = ({ name }: { name: string }) => <span className="visually-hidden"> {name}</span>;

/** One plan in My plans: name, VM count, last change; open, rename, duplicate, delete (asked first). */
export function PlanRow({ entry, isOpen, enabled, onOpen, onRename, onDuplicate, onDelete }: PlanRowProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [error, setError] = useState('');
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<'rename' | 'delete' | null>(null);
  const name = entry.name || 'Untitled plan';

  useEffect(() => {
    if (mode !== 'view' || !returnFocus.current) return;
    (returnFocus.current === 'rename' ? renameButton : deleteButton).current?.focus();
    returnFocus.current = null;
  }, [mode]);

  const back = (from: 'rename' | 'delete') => {
    returnFocus.current = from;
    setError('');
    setMode('view');
  };
  const submitRename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    const problem = value ? onRename(value) : 'A plan needs a name.';
    if (problem) setError(problem);
    else back('rename');
  };
  // Escape leaves the rename field instead of closing the whole dialog.
  const escapeRename = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    back('rename');
  };

  return (
    <tr className={isOpen ? 'my-plans-row my-plans-row--open' : 'my-plans-row'}>
      <th scope="row" className="my-plans-name">
        {mode === 'rename' ? (
          <form onSubmit={submitRename} className="my-plans-rename">
            <label>
              <span className="visually-hidden">New name for {name}</span>
              <input name="name" defaultValue={entry.name} maxLength={LIMITS.nameChars} autoFocus onKeyDown={escapeRename} aria-invalid={error ? true : undefined} />
            </label>
            <button type="submit">Save name</button>
            <button type="button" onClick={() => back('rename')}>
              Cancel
            </button>
            {error ? <span className="field-issue" role="alert">{error}</span> : null}
          </form>
        ) : (
          <>
            {name}
            {isOpen ? <span className="my-plans-badge"> (open)</span> : null}
          </>
        )}
      </th>
      <td className="my-plans-num">{entry.vmCount.toLocaleString(getDisplayLocale())}</td>
      <td>{isOpen ? 'now (saves as you edit)' : formatSaved(entry.modifiedAt)}</td>
      <td className="my-plans-actions">
        {mode === 'delete' ? (
          <span role="group" aria-label={`Delete ${name}?`}>
            <span>Delete for good?</span>{' '}
            <button type="button" className="button--danger" onClick={onDelete}>
              Delete<Named name={name} />
            </button>{' '}
            <button type="button" onClick={() => back('delete')} autoFocus>
              Keep
            </button>
          </span>
        ) : (
          <>
            <button type="button" onClick={onOpen} disabled={isOpen || !enabled}>
              Open<Named name={name} />
            </button>
            <button type="button" ref={renameButton} onClick={() => setMode('rename')} disabled={mode === 'rename'}>
              Rename<Named name={name} />
            </button>
            <button type="button" onClick={onDuplicate} disabled={!enabled}>
              Duplicate<Named name={name} />
            </button>
            <button
              type="button"
              ref={deleteButton}
              onClick={() => setMode('delete')}
              disabled={isOpen || !enabled}
              title={isOpen ? 'The open plan cannot be deleted: open another plan first.' : undefined}
            >
              Delete<Named name={name} />
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
