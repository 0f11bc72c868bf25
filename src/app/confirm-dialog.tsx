import { useEffect, useRef, type ReactNode } from 'react';
import { useModalDialog } from '@/components';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question on the native <dialog> (focus trap and Escape come with it). */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useModalDialog(open);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Focus the answer once the dialog shows (this effect runs after useModalDialog's showModal).
  // Not React's autoFocus: the dialog is mounted closed with the page, and a focus() call at mount
  // makes the browser lay out the whole page inside the first commit (~850 ms at 5 000 VMs).
  useEffect(() => {
    if (open) confirmRef.current?.focus();
  }, [open]);

  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="confirm-title" onCancel={onCancel} onClose={() => open && onCancel()}>
      <h2 id="confirm-title">{title}</h2>
      <div>{children}</div>
      <div className="confirm-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button--primary" onClick={onConfirm} ref={confirmRef}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
