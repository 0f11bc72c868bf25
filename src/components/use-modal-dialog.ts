import { useEffect, useRef } from 'react';

/**
 * A native <dialog> shown modally while `open` (focus trap, Escape and the inert page come with
 * it) and closed when it turns false. Where there is no showModal (jsdom), the `open` attribute
 * stands in, so component tests see the same dialog.
 */
export function useModalDialog(open = true) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (dialog.showModal) dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (dialog.close) dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return ref;
}
