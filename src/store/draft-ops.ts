/**
 * Pure edits of the draft plan. Each returns a new draft (structural sharing, never mutation) or
 * the same object when nothing changes, so the store can skip a history step for a no-op.
 */
import { uniqueId } from '@/lib/unique-id';
import { DEFAULTS, LIMITS, STORAGE_UNITS, bytesPerGB, diskChurnSources, parsePlan, withDiskChurnSources, workloadPreset, type Plan, type PlanInput, type StorageUnits, type WorkloadId } from '@/plan';

/**
 * The plan as the user edits it: plan-file shape, every default filled (a parsed plan is valid
 * input). After `setField` a value may be out of range or of the wrong type, so the draft goes
 * through `parsePlan` (see `selectValidation`) before the engine sees it.
 */
export type PlanDraft = Plan;
export type DraftVm = PlanDraft['vms'][number];
export type DraftDisk = DraftVm['disks'][number];

/** Path of a field in the draft, e.g. `['vms', 2, 'disks', 0, 'usedGB']`. */
export type FieldPath = readonly (string | number)[];

/** Any value a plan file can hold. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

// New-item templates, in plan GB of whatever unit the plan uses.
const NEW_VM_DISK = DEFAULTS.newVmDisk;
const NEW_DISK = DEFAULTS.newDisk;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Container = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/**
 * Set the value at `path`, copying each container on the way. Missing objects on the path are
 * created (e.g. `['extended', 'frequencySeconds']` while `extended` is null); an array index must
 * already exist, so a typo cannot grow a sparse list.
 */
export function setIn<T>(root: T, path: FieldPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) return root;
  const container: Container = isContainer(root) ? root : typeof key === 'number' ? [] : {};
  if (Array.isArray(container) && !(typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < container.length)) {
    return root;
  }
  const current = (container as Record<string | number, unknown>)[key];
  const next = setIn(current, rest, value);
  if (Object.is(current, next) && container === root) return root;
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<string | number, unknown>;
  copy[key] = next;
  return copy as T;
}

/** Value at `path`, or undefined. */
export function getIn(root: unknown, path: FieldPath): unknown {
  let node = root;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

const vmsOf = (draft: PlanDraft): DraftVm[] => (Array.isArray(draft.vms) ? draft.vms : []);
const takenIds = (draft: PlanDraft) => new Set(vmsOf(draft).flatMap((vm) => (typeof vm?.id === 'string' ? [vm.id] : [])));
const inRange = (list: readonly unknown[], index: number) => Number.isInteger(index) && index >= 0 && index < list.length;

/** `stem`, or `stem-2`, `stem-3`… whichever is free (one rule for new, duplicated, pasted and imported VMs). */
export { uniqueId };

/** A plan with one fresh VM, every default filled by the schema itself. */
function templatePlan(vm: NonNullable<PlanInput['vms']>[number]): Plan {
  const parsed = parsePlan({ vms: [vm] });
  if (!parsed.ok) throw new Error(`new-VM template rejected: ${parsed.issues[0]?.message}`); // a bug, not user input
  return parsed.plan;
}

/** A blank plan: schema defaults and one general-purpose VM. */
export function newPlanDraft(): PlanDraft {
  return templatePlan({ id: 'vm-1', name: 'VM 1', disks: [NEW_VM_DISK] });
}

/** Every plan-wide setting back to its schema default; name, units and VMs are kept. */
export function resetSettings(draft: PlanDraft): PlanDraft {
  const { replication, link, extended, replicaStorage, initialReplication } = newPlanDraft();
  return { ...draft, replication, link, extended, replicaStorage, initialReplication };
}

/** Append a new VM with a unique id (`vm-N`). */
export function addVm(draft: PlanDraft): PlanDraft {
  const vms = vmsOf(draft);
  const taken = takenIds(draft);
  let n = vms.length + 1;
  while (taken.has(`vm-${n}`)) n++;
  const [vm] = templatePlan({ id: `vm-${n}`, name: `VM ${n}`, disks: [NEW_VM_DISK] }).vms;
  return { ...draft, vms: [...vms, vm!] };
}

/** Insert a copy of VM `index` right after it, with a unique id and a "(copy)" name. */
export function duplicateVm(draft: PlanDraft, index: number): PlanDraft {
  const vms = vmsOf(draft);
  const vm = vms[index];
  if (!inRange(vms, index) || !isContainer(vm)) return draft;
  const id = uniqueId(`${typeof vm.id === 'string' ? vm.id : 'vm'}-copy`, takenIds(draft));
  const name = `${typeof vm.name === 'string' ? vm.name : id} (copy)`.slice(0, LIMITS.nameChars);
  return { ...draft, vms: [...vms.slice(0, index + 1), { ...vm, id, name }, ...vms.slice(index + 1)] };
}

/** Remove VM `index`; the last VM stays (a plan needs one), so the UI can disable the button. */
export function deleteVm(draft: PlanDraft, index: number): PlanDraft {
  const vms = vmsOf(draft);
  if (!inRange(vms, index) || vms.length <= 1) return draft;
  return { ...draft, vms: vms.filter((_, i) => i !== index) };
}

/** Move VM `from` to position `to` (plan order matters for initial-replication batches). */
export function moveVm(draft: PlanDraft, from: number, to: number): PlanDraft {
  const vms = vmsOf(draft);
  if (!inRange(vms, from) || !inRange(vms, to) || from === to) return draft;
  const next = [...vms];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return { ...draft, vms: next };
}

/** Append a replicated disk to VM `vmIndex`, churn from its workload preset. */
export function addDisk(draft: PlanDraft, vmIndex: number): PlanDraft {
  const vm = vmsOf(draft)[vmIndex];
  if (!isContainer(vm) || !Array.isArray(vm.disks)) return draft;
  const preset = workloadPreset(vm.workload as WorkloadId);
  const disk: DraftDisk = {
    name: `Disk ${vm.disks.length + 1}`,
    ...NEW_DISK,
    churnGBPerDay: (NEW_DISK.usedGB * preset.churnPercentPerDay) / 100,
    replicated: true,
  };
  // The new disk's churn is the preset's rule of thumb, whatever the other disks' figures are.
  const provenance = reorderedChurnMarks(vm, [...vm.disks.keys(), undefined]);
  return setIn(draft, ['vms', vmIndex], { ...vm, disks: [...vm.disks, disk], provenance });
}

/**
 * The VM's churn marks after its disks are re-listed: `from` holds each new disk's old index
 * (undefined for a new disk, whose churn is the preset's). A disk with no mark counts as entered,
 * as the schema reads a figure a file gives.
 */
function reorderedChurnMarks(vm: DraftVm, from: readonly (number | undefined)[]): DraftVm['provenance'] {
  const record = isContainer(vm.provenance) && !Array.isArray(vm.provenance) ? (vm.provenance as Record<string, unknown>) : {};
  const before = diskChurnSources(record, Array.isArray(vm.disks) ? vm.disks.length : 0);
  return withDiskChurnSources(
    record,
    from.map((old) => (old === undefined ? 'preset' : (before[old] ?? 'entered'))),
  ) as DraftVm['provenance'];
}

/** Remove a disk; a VM's last disk stays (a VM needs one). */
export function deleteDisk(draft: PlanDraft, vmIndex: number, diskIndex: number): PlanDraft {
  const vm = vmsOf(draft)[vmIndex];
  const disks = vm?.disks;
  if (!vm || !Array.isArray(disks) || !inRange(disks, diskIndex) || disks.length <= 1) return draft;
  // Per-disk churn marks follow their disks to the new indices.
  const provenance = reorderedChurnMarks(
    vm,
    [...disks.keys()].filter((j) => j !== diskIndex),
  );
  return setIn(draft, ['vms', vmIndex], { ...vm, disks: disks.filter((_, j) => j !== diskIndex), provenance });
}

/** Include or exclude a disk from replication (paging-file disks should be excluded [BPA]). */
export function setDiskReplicated(draft: PlanDraft, vmIndex: number, diskIndex: number, on: boolean): PlanDraft {
  const disks = vmsOf(draft)[vmIndex]?.disks;
  if (!Array.isArray(disks) || !inRange(disks, diskIndex)) return draft;
  return setIn(draft, ['vms', vmIndex, 'disks', diskIndex, 'replicated'], on);
}

const GB_FIELDS = ['sizeGB', 'usedGB', 'churnGBPerDay'] as const;

/**
 * Switch the plan's storage unit, keeping every quantity in bytes (SPEC §3): each GB figure is
 * multiplied by bytesPerGB(from) ÷ bytesPerGB(to), e.g. 60 GiB → 64.42450944 GB.
 */
export function convertStorageUnits(draft: PlanDraft, to: StorageUnits): PlanDraft {
  const from: unknown = draft.units?.storage;
  if (from === to) return draft;
  const withUnits = setIn(draft, ['units', 'storage'], to);
  if (!STORAGE_UNITS.includes(from as StorageUnits)) return withUnits; // unknown unit: nothing to convert from
  const factor = bytesPerGB(from as StorageUnits) / bytesPerGB(to);
  const scale = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value * factor : value);
  const vms = vmsOf(withUnits).map((vm) => {
    if (!isContainer(vm) || !Array.isArray(vm.disks)) return vm;
    const disks = vm.disks.map((disk) => {
      if (!isContainer(disk)) return disk;
      const scaled: Record<string, unknown> = { ...disk };
      for (const field of GB_FIELDS) if (field in disk) scaled[field] = scale(disk[field]);
      return scaled as DraftDisk;
    });
    return { ...vm, disks };
  });
  return { ...withUnits, vms };
}
