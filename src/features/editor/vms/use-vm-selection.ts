/**
 * Which VM rows are selected for a bulk edit. Kept by VM id, so a selection survives reordering,
 * paging and filtering; ids that leave the plan (a delete, an undo) drop out of it.
 * Shift+click (or Shift+Space on a row's checkbox) extends from the last row clicked to this one,
 * in the order the rows are listed.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { WorkloadId } from '@/plan';
import type { DraftVm } from '@/store';

export interface VmSelection {
  /** Selected ids that are in the plan. */
  ids: ReadonlySet<string>;
  count: number;
  has: (vmId: string) => boolean;
  /** Tick or untick one row; with `range`, every row from the last one clicked takes the same state. */
  toggle: (vmId: string, on: boolean, range: boolean) => void;
  /** Select every VM (on) or none (off). */
  all: (on: boolean) => void;
  /** Select exactly the VMs of one workload. */
  byWorkload: (workload: WorkloadId) => void;
}

const NONE: ReadonlySet<string> = new Set();

/** Selection state; `order` lists plan VM ids as the table shows them (for shift ranges). */
export function useVmSelection(vms: readonly DraftVm[], order: readonly string[]): VmSelection {
  const [picked, setPicked] = useState<ReadonlySet<string>>(NONE);
  const anchor = useRef<string | null>(null);
  const latest = useRef({ vms, order });
  latest.current = { vms, order };

  // Only ids still in the plan count (a deleted or undone VM leaves the selection by itself).
  const ids = useMemo(() => {
    if (picked.size === 0) return NONE;
    const out = new Set<string>();
    for (const vm of vms) if (typeof vm?.id === 'string' && picked.has(vm.id)) out.add(vm.id);
    return out;
  }, [picked, vms]);

  const toggle = useCallback((vmId: string, on: boolean, range: boolean) => {
    const { order: listed } = latest.current;
    const from = anchor.current === null ? -1 : listed.indexOf(anchor.current);
    const to = listed.indexOf(vmId);
    setPicked((prev) => {
      const next = new Set(prev);
      const span = range && from >= 0 && to >= 0 ? listed.slice(Math.min(from, to), Math.max(from, to) + 1) : [vmId];
      for (const id of span) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
    anchor.current = vmId;
  }, []);

  const all = useCallback((on: boolean) => {
    anchor.current = null;
    setPicked(on ? new Set(latest.current.vms.flatMap((vm) => (typeof vm?.id === 'string' ? [vm.id] : []))) : NONE);
  }, []);

  const byWorkload = useCallback((workload: WorkloadId) => {
    anchor.current = null;
    setPicked(new Set(latest.current.vms.flatMap((vm) => (vm?.workload === workload && typeof vm.id === 'string' ? [vm.id] : []))));
  }, []);

  const has = useCallback((vmId: string) => ids.has(vmId), [ids]);
  return { ids, count: ids.size, has, toggle, all, byWorkload };
}
