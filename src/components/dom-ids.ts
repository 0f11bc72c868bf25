/**
 * DOM ids shared by the editor and the results: a warning or a results row links to the input or
 * VM row it concerns with `#id`, so the ids come from one place.
 */
import { formatPath } from '@/plan';
import type { FieldPath } from '@/store';

/** Id of the input editing `path` — a formatted path (`vms[2].disks[1].replicated`) or path parts. */
export function fieldDomId(path: string | FieldPath): string {
  const text = typeof path === 'string' ? path : formatPath(path);
  return `field-${text.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Id of a VM's row in the VM editor table. */
export function vmRowDomId(vmId: string): string {
  return `vm-row-${vmId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * Scroll to the element with `id` (opening any closed `<details>` around it) and put keyboard focus there (an input, or a row with
 * tabIndex -1). Returns false when it is not on the page.
 */
export function revealById(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  // A closed disclosure hides its inputs: open every one around the target first.
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement && !node.open) node.open = true;
  }
  el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  el.focus({ preventScroll: true });
  return true;
}
