/**
 * The planner's state: the draft plan being edited, its undo history and the edit actions.
 * Never engine results (STYLE rule 8): those are derived from `lastValidPlan` outside the store.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Plan, ProfileId, StorageUnits, WorkloadId } from '@/plan';
import * as ops from './draft-ops';
import type { DraftVm, FieldPath, JsonValue, PlanDraft } from './draft-ops';
import * as vmOps from './vm-draft-ops';
import { bulkEditVms, type BulkEdit, type BulkSummary } from './bulk-ops';
import { HISTORY_LIMIT, emptyHistory, pushPast, redoStep, undoStep, type History } from './history';
import { selectValidation } from './validation';

/** Where a whole new plan came from, for the UI's "Loaded … — Undo" message. */
export type ReplaceReason = 'example' | 'file' | 'link' | 'paste';

/** A banner the UI shows until dismissed; the store never drops user data without one. */
export interface PlanNotice {
  kind: 'restored-from-backup' | 'corrupt-saved-plan' | 'storage-unavailable' | 'bad-link' | 'link-opened' | 'changed-in-another-tab';
  message: string;
  /** A button beside the message, e.g. load the other tab's version. */
  action?: { label: string; run: () => void };
}

export interface PlanStoreState {
  /** The plan being edited; may be temporarily invalid. */
  draft: PlanDraft;
  /** The newest draft that parsed, as a trusted plan: what the results describe. */
  lastValidPlan: Plan;
  history: History<PlanDraft>;
  canUndo: boolean;
  canRedo: boolean;
  /** Why the last `replacePlan` happened; null until one does. */
  lastReplaceReason: ReplaceReason | null;
  notice: PlanNotice | null;

  /** Set one field, e.g. `setField(['link', 'uplinkMbps'], 2)`. Quick edits of one field form one undo step. */
  setField: (path: FieldPath, value: JsonValue) => void;
  addVm: () => void;
  duplicateVm: (index: number) => void;
  /** No-op on the plan's only VM. */
  deleteVm: (index: number) => void;
  moveVm: (from: number, to: number) => void;
  addDisk: (vmIndex: number) => void;
  /** No-op on a VM's only disk. */
  deleteDisk: (vmIndex: number, diskIndex: number) => void;
  setDiskReplicated: (vmIndex: number, diskIndex: number, on: boolean) => void;
  /** Append VMs that passed parsePlan (e.g. pasted rows) as one undo step; taken ids get a suffix. */
  appendVms: (vms: readonly DraftVm[]) => void;
  /** Set a VM's workload preset and re-estimate its disks' churn and its profile from it, as one undo step. */
  applyWorkload: (vmIndex: number, workload: WorkloadId) => void;
  /** Apply one edit to every VM whose id is in `vmIds`, as one undo step; says what changed. */
  bulkEditVms: (vmIds: ReadonlySet<string>, edit: BulkEdit) => BulkSummary;
  /** Set a VM's profile; switching to custom seeds the 24 weights from the profile it had. */
  setVmProfile: (vmIndex: number, profile: ProfileId) => void;
  /** Switch GB ↔ GiB, converting every GB figure so byte quantities are kept. */
  setStorageUnits: (units: StorageUnits) => void;
  /** Load a trusted plan (parse files and links with parsePlan first). */
  replacePlan: (plan: Plan, reason: ReplaceReason) => void;
  /** "Make this the plan" (SPEC §5.9): an option's whole plan becomes the draft, as one undo step. */
  applyOption: (plan: Plan) => void;
  /** Start over with one default VM. */
  newPlan: () => void;
  /** Plan-wide settings back to defaults; name, units and VMs kept. */
  resetToDefaults: () => void;
  undo: () => void;
  redo: () => void;
  setNotice: (notice: PlanNotice | null) => void;
  dismissNotice: () => void;
}

export interface PlanStoreOptions {
  /** Starting plan, e.g. `parsePlan(example).plan` or the saved plan. */
  initialPlan: Plan;
  notice?: PlanNotice | null;
  /** Clock in ms, injectable for tests of edit coalescing. */
  now?: () => number;
  historyLimit?: number;
  /** Edits of the same field closer than this (ms) merge into one undo step; 0 turns it off. */
  coalesceMs?: number;
}

export type PlanStore = StoreApi<PlanStoreState>;

/** A fresh store; the app makes one (see persistence.ts), each test its own. */
export function createPlanStore(options: PlanStoreOptions): PlanStore {
  const { initialPlan, now = Date.now, historyLimit = HISTORY_LIMIT, coalesceMs = 1000 } = options;
  let lastEdit: { key: string; atMs: number } | null = null;

  return createStore<PlanStoreState>()((set, get) => {
    /** The fields that follow from a new draft and history. */
    const derive = (draft: PlanDraft, history: History<PlanDraft>) => {
      const validation = selectValidation(draft);
      return {
        draft,
        history,
        canUndo: history.past.length > 0,
        canRedo: history.future.length > 0,
        lastValidPlan: validation.plan ?? get().lastValidPlan,
      };
    };

    /** Make `next` the draft as one undo step, or fold it into the previous step of the same field. */
    const commit = (next: PlanDraft, editKey: string | null = null) => {
      const { draft, history } = get();
      if (next === draft) return;
      const at = now();
      const merge = editKey !== null && lastEdit?.key === editKey && at - lastEdit.atMs < coalesceMs;
      lastEdit = editKey === null ? null : { key: editKey, atMs: at };
      set(derive(next, merge ? history : pushPast(history, draft, historyLimit)));
    };

    const edit = (op: (draft: PlanDraft) => PlanDraft) => () => commit(op(get().draft));
    const travel = (step: typeof undoStep) => () => {
      const moved = step(get().history, get().draft);
      lastEdit = null;
      if (moved) set(derive(moved.value, moved.history));
    };

    return {
      draft: initialPlan,
      lastValidPlan: selectValidation(initialPlan).plan ?? initialPlan,
      history: emptyHistory<PlanDraft>(),
      canUndo: false,
      canRedo: false,
      lastReplaceReason: null,
      notice: options.notice ?? null,

      setField: (path, value) => commit(vmOps.markEdited(ops.setIn(get().draft, path, value), path), JSON.stringify(path)),
      addVm: edit(ops.addVm),
      duplicateVm: (index) => commit(ops.duplicateVm(get().draft, index)),
      deleteVm: (index) => commit(ops.deleteVm(get().draft, index)),
      moveVm: (from, to) => commit(ops.moveVm(get().draft, from, to)),
      addDisk: (vmIndex) => commit(ops.addDisk(get().draft, vmIndex)),
      deleteDisk: (vmIndex, diskIndex) => commit(ops.deleteDisk(get().draft, vmIndex, diskIndex)),
      setDiskReplicated: (vmIndex, diskIndex, on) => commit(ops.setDiskReplicated(get().draft, vmIndex, diskIndex, on)),
      appendVms: (vms) => commit(vmOps.appendVms(get().draft, vms)),
      applyWorkload: (vmIndex, workload) => commit(vmOps.applyWorkload(get().draft, vmIndex, workload)),
      bulkEditVms: (vmIds, edit) => {
        const { draft, summary } = bulkEditVms(get().draft, vmIds, edit);
        commit(draft);
        return summary;
      },
      setVmProfile: (vmIndex, profile) => commit(vmOps.setVmProfile(get().draft, vmIndex, profile)),
      setStorageUnits: (units) => commit(ops.convertStorageUnits(get().draft, units)),
      replacePlan: (plan, reason) => {
        commit(plan);
        set({ lastReplaceReason: reason });
      },
      applyOption: (plan) => commit(plan),
      newPlan: edit(ops.newPlanDraft),
      resetToDefaults: edit(ops.resetSettings),
      undo: travel(undoStep),
      redo: travel(redoStep),
      setNotice: (notice) => set({ notice }),
      dismissNotice: () => set({ notice: null }),
    };
  });
}

const PlanStoreContext = createContext<PlanStore | null>(null);

/** Makes `store` the one `usePlanStore` reads below it. */
export function PlanStoreProvider({ store, children }: { store: PlanStore; children?: ReactNode }) {
  return createElement(PlanStoreContext.Provider, { value: store }, children);
}

/** Subscribe to a narrow slice: `usePlanStore((s) => s.draft.link.uplinkMbps)`. */
export function usePlanStore<T>(selector: (state: PlanStoreState) => T): T {
  const store = useContext(PlanStoreContext);
  if (!store) throw new Error('usePlanStore needs a <PlanStoreProvider store={…}> above it');
  return useStore(store, selector);
}
