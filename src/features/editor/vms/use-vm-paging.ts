/**
 * Which VM rows are on screen: a name filter and pages of PAGE_SIZE, so a 5 000-VM plan renders
 * 100 rows and typing stays fast. Works on plan indexes, so every action keeps addressing the plan.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { DraftVm } from '@/store';

export const PAGE_SIZE = 100;

export interface VmPaging {
  /** Plan indexes of the rows to render, in plan order. */
  visible: number[];
  filter: string;
  setFilter: (text: string) => void;
  page: number;
  pages: number;
  setPage: (page: number) => void;
  /** Rows matching the filter (all rows without one). */
  matching: number;
  /** Bring plan index `index` on screen: its page, clearing a filter that hides it. */
  showIndex: (index: number) => void;
}

const matches = (vm: DraftVm, needle: string) => [vm.name, vm.id].some((s) => typeof s === 'string' && s.toLowerCase().includes(needle));

export function useVmPaging(vms: readonly DraftVm[]): VmPaging {
  const [filter, setFilterText] = useState('');
  const [pageWanted, setPage] = useState(0);
  const needle = useDeferredValue(filter.trim().toLowerCase());

  const filtered = useMemo(() => {
    if (!needle) return null;
    const out: number[] = [];
    vms.forEach((vm, i) => matches(vm, needle) && out.push(i));
    return out;
  }, [vms, needle]);

  const matching = filtered ? filtered.length : vms.length;
  const pages = Math.max(1, Math.ceil(matching / PAGE_SIZE));
  const page = Math.min(pageWanted, pages - 1);
  const start = page * PAGE_SIZE;
  const visible = filtered
    ? filtered.slice(start, start + PAGE_SIZE)
    : Array.from({ length: Math.max(0, Math.min(PAGE_SIZE, vms.length - start)) }, (_, k) => start + k);

  const setFilter = useCallback((text: string) => {
    setFilterText(text);
    setPage(0);
  }, []);

  const showIndex = useCallback(
    (index: number) => {
      const at = filtered ? filtered.indexOf(index) : index;
      if (filtered && at < 0) {
        setFilterText('');
        setPage(Math.floor(index / PAGE_SIZE));
      } else {
        setPage(Math.floor(at / PAGE_SIZE));
      }
    },
    [filtered],
  );

  return { visible, filter, setFilter, page, pages, setPage, matching, showIndex };
}
