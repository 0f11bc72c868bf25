/** A modal on the native <dialog>: focus kept inside, Escape closes (calls `onClose`). */
import { useId, type ReactNode } from 'react';
import { useModalDialog } from '@/components';

interface FileDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

export function FileDialog({ title, onClose, children, wide = false }: FileDialogProps) {
  const ref = useModalDialog();
  const titleId = useId();
  return (
    <dialog ref={ref} className={`files-dialog${wide ? ' files-dialog--wide' : ''}`} aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/** A problem sentence and its details, announced when it appears. */
export function ProblemList({ label, lines }: { label: string; lines: readonly string[] }) {
  return (
    <div className="files-problems" role="alert">
      <p>{label}</p>
      {lines.length > 0 ? (
        <ul>
          {lines.map((line, k) => (
            <li key={k}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
