/**
 * Bulk edits of the VM table: one change applied to every selected VM, as one new draft (so one
 * undo step), with a tally of what changed for the status line ("7 VMs changed"). Pure: no store,
 * no DOM. Selected VMs are named by id, so a selection survives reordering and paging.
 */
import type { FrequencySeconds, InitialReplicationMethod, ProfileId, WorkloadId } from '@/plan';
import type { DraftVm, PlanDraft } from './draft-ops';
import { applyWorkload, setVmProfile } from './vm-draft-ops';

/** What to set on every selected VM; an absent field is left as each VM has it. */
export interface BulkEdit {
  frequencySeconds?: FrequencySeconds;
  recoveryPoints?: number;
  /** Hours between app-consistent points; null turns them off. */
  appConsistentHours?: number | null;
  profile?: ProfileId;
  /** Re-estimates disk churn from the preset, as picking it on one row does. */
  workload?: WorkloadId;
  /** null = follow the plan's method. */
  initialReplication?: InitialReplicationMethod | null;
  /** Disks whose name matches `pattern` (see `diskNameMatcher`) are excluded (or included again). */
  disks?: { pattern: string; replicated: boolean };
}

/** What a bulk edit did, for the status line. */
export interface BulkSummary {
  /** VMs selected that exist in the plan. */
  selected: number;
  /** VMs whose settings or disks changed. */
  changed: number;
  /** Disks whose replicated flag flipped. */
  disksChanged: number;
  /** VMs left with no replicated disk by the disk rule (a warning, not an error). */
  noReplicatedDisk: string[];
  /** App-consistent points were not set on these VMs: they keep no recovery point. */
  appConsistentSkipped: string[];
  /** App-consistent points were turned off on these VMs because their recovery points went to 0. */
  appConsistentCleared: string[];
}

/**
 * A disk-name rule typed by the user → a test. Terms are separated by commas or spaces; a term
 * with `*` or `?` is a wildcard over the whole name ("page*"), one without matches anywhere in
 * the name ("swap" matches "Swapfile"). Case is ignored. No term → matches nothing.
 */
export function diskNameMatcher(pattern: string): (name: string) => boolean {
  const terms = pattern
    .split(/[,;\s]+/)
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  if (terms.length === 0) return () => false;
  const tests = terms.map((term) => {
    if (!/[*?]/.test(term)) return (name: string) => name.includes(term);
    const source = term.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    const re = new RegExp(`^${source}$`);
    return (name: string) => re.test(name);
  });
  return (name) => {
    const lower = name.trim().toLowerCase();
    return tests.some((t) => t(lower));
  };
}

/** The disk rule the bulk editor offers first: paging, swap, temp and scratch disks [BPA]. */
export const PAGING_DISK_PATTERN = 'page, paging, swap, temp, tmp, scratch';

const vmsOf = (draft: PlanDraft): DraftVm[] => (Array.isArray(draft.vms) ? draft.vms : []);
const displayName = (vm: DraftVm, index: number) => (typeof vm.name === 'string' && vm.name.trim()) || `VM ${index + 1}`;

/** One VM with the edit applied (the same object when nothing changes). */
function editVm(draft: PlanDraft, index: number, edit: BulkEdit, summary: BulkSummary): DraftVm {
  // Workload and profile reuse the one-row edits, so a bulk pick behaves exactly like picking on each row.
  let working = draft;
  if (edit.workload !== undefined) working = applyWorkload(working, index, edit.workload);
  if (edit.profile !== undefined) working = setVmProfile(working, index, edit.profile);
  let vm = vmsOf(working)[index]!;
  const name = displayName(vm, index);
  const set = <K extends keyof DraftVm>(key: K, value: DraftVm[K]) => {
    if (!Object.is(vm[key], value)) vm = { ...vm, [key]: value };
  };

  if (edit.frequencySeconds !== undefined) set('frequencySeconds', edit.frequencySeconds);
  if (edit.initialReplication !== undefined) set('initialReplication', edit.initialReplication);
  if (edit.recoveryPoints !== undefined) {
    set('recoveryPoints', edit.recoveryPoints);
    // [PS2012] app-consistent points need a recovery point to live in: none left, none taken.
    if (edit.recoveryPoints < 1 && vm.appConsistentHours !== null && edit.appConsistentHours === undefined) {
      set('appConsistentHours', null);
      summary.appConsistentCleared.push(name);
    }
  }
  if (edit.appConsistentHours !== undefined) {
    const points = typeof vm.recoveryPoints === 'number' ? vm.recoveryPoints : 0;
    if (edit.appConsistentHours !== null && points < 1) summary.appConsistentSkipped.push(name);
    else set('appConsistentHours', edit.appConsistentHours);
  }
  if (edit.disks && Array.isArray(vm.disks)) {
    const matches = diskNameMatcher(edit.disks.pattern);
    const wanted = edit.disks.replicated;
    let flipped = 0;
    const disks = vm.disks.map((disk) => {
      if (typeof disk?.name !== 'string' || !matches(disk.name) || disk.replicated === wanted) return disk;
      flipped++;
      return { ...disk, replicated: wanted };
    });
    if (flipped > 0) {
      vm = { ...vm, disks };
      summary.disksChanged += flipped;
      if (!disks.some((d) => d.replicated !== false)) summary.noReplicatedDisk.push(name);
    }
  }
  return vm;
}

/**
 * Apply `edit` to the VMs with the given ids. Returns the new draft (the same object when nothing
 * changes, so the store records no undo step) and what changed. VMs not selected keep their
 * object identity (memoised table rows do not re-render).
 */
export function bulkEditVms(draft: PlanDraft, vmIds: ReadonlySet<string>, edit: BulkEdit): { draft: PlanDraft; summary: BulkSummary } {
  const summary: BulkSummary = { selected: 0, changed: 0, disksChanged: 0, noReplicatedDisk: [], appConsistentSkipped: [], appConsistentCleared: [] };
  const vms = vmsOf(draft);
  let changed = false;
  const next = vms.map((vm, index) => {
    if (!vm || typeof vm.id !== 'string' || !vmIds.has(vm.id)) return vm;
    summary.selected++;
    const edited = editVm(draft, index, edit, summary);
    if (edited !== vm) {
      summary.changed++;
      changed = true;
    }
    return edited;
  });
  return { draft: changed ? { ...draft, vms: next } : draft, summary };
}

/** True when the edit sets nothing. */
export function isEmptyEdit(edit: BulkEdit): boolean {
  return Object.values(edit).every((v) => v === undefined);
}
