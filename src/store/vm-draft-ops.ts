/**
 * Pure VM edits that change several fields at once, so each is one undo step: appending pasted
 * VMs, re-applying a workload preset, switching a VM's day profile.
 */
import { PROFILE_WEIGHTS, diskChurnSources, withDiskChurnSources, workloadPreset, type ProfileId, type WorkloadId } from '@/plan';
import { deepEqual } from './deep-equal';
import { setIn, uniqueId, type DraftVm, type PlanDraft } from './draft-ops';

const vmsOf = (draft: PlanDraft): DraftVm[] => (Array.isArray(draft.vms) ? draft.vms : []);

/**
 * Append VMs after the last one. The caller has put them through `parsePlan`; ids already taken
 * in the plan (or earlier in `vms`) get a `-2`, `-3`… suffix so ids stay unique.
 */
export function appendVms(draft: PlanDraft, vms: readonly DraftVm[]): PlanDraft {
  if (vms.length === 0) return draft;
  const taken = new Set(vmsOf(draft).map((vm) => vm.id));
  const added = vms.map((vm) => {
    const id = uniqueId(vm.id, taken);
    taken.add(id);
    return id === vm.id ? vm : { ...vm, id };
  });
  return { ...draft, vms: [...vmsOf(draft), ...added] };
}

/**
 * Set a VM's workload and re-estimate from the preset: each disk's churn becomes used × the
 * preset's %/day, and the profile the preset's (a custom profile is the user's own, so it stays).
 * Typed churn figures are overwritten on purpose — the user picked a preset — and one undo brings them back.
 */
export function applyWorkload(draft: PlanDraft, vmIndex: number, workload: WorkloadId): PlanDraft {
  const vm = vmsOf(draft)[vmIndex];
  if (!vm || vm.workload === workload) return draft;
  const preset = workloadPreset(workload);
  const disks = Array.isArray(vm.disks)
    ? vm.disks.map((disk) =>
        typeof disk?.usedGB === 'number' && Number.isFinite(disk.usedGB) ? { ...disk, churnGBPerDay: (disk.usedGB * preset.churnPercentPerDay) / 100 } : disk,
      )
    : vm.disks;
  const profile = vm.profile === 'custom' ? vm.profile : preset.profile;
  // Every disk's churn is the preset's now: one `churn` mark, no per-disk ones left from before.
  const provenance = { ...withDiskChurnSources(provenanceOf(vm), ['preset']), ...(vm.profile === 'custom' ? {} : { profile: 'preset' }) };
  return setIn(draft, ['vms', vmIndex], { ...vm, workload, profile, disks, provenance });
}

/**
 * 24 weights with the shape of a built-in profile, scaled so the quietest hour is 1 (business
 * hours read 1 and 3, not 0.545 and 1.636); the engine normalises them to mean 1 anyway.
 */
export function seedWeights(profile: Exclude<ProfileId, 'custom'>): number[] {
  const weights = PROFILE_WEIGHTS[profile];
  const quietest = Math.min(...weights);
  return weights.map((w) => Math.round((w / quietest) * 1000) / 1000);
}

/**
 * Set a VM's day profile. Switching to custom without weights seeds them from the profile the VM
 * had, so the bars start from the current shape; weights already there are kept (switching away
 * and back restores them — the engine ignores them for other profiles).
 */
export function setVmProfile(draft: PlanDraft, vmIndex: number, profile: ProfileId): PlanDraft {
  const vm = vmsOf(draft)[vmIndex];
  if (!vm || vm.profile === profile) return draft;
  const hasWeights = Array.isArray(vm.hourlyWeights) && vm.hourlyWeights.length === 24;
  // The user chose the day's shape: a measured within-hour shape no longer belongs to it.
  const chosen = { ...vm, profile, withinHourWeights: null, provenance: { ...provenanceOf(vm), profile: 'entered' } };
  if (profile !== 'custom' || hasWeights) return setIn(draft, ['vms', vmIndex], chosen);
  const from = vm.profile in PROFILE_WEIGHTS ? (vm.profile as Exclude<ProfileId, 'custom'>) : 'flat';
  return setIn(draft, ['vms', vmIndex], { ...chosen, hourlyWeights: seedWeights(from) });
}

function provenanceOf(vm: DraftVm): Record<string, unknown> {
  const p = (vm as { provenance?: unknown }).provenance;
  return p && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>) : {};
}

/**
 * Provenance follows the edit (schema v3): a churn figure or an hourly weight the user sets is
 * "entered" from then on — recorded here, when it happens, never guessed from the numbers later.
 * Only the disk edited becomes entered; the others keep their own source (measured, preset).
 * Editing the hourly weights also drops a measured within-hour shape, which described the old day.
 */
export function markEdited(draft: PlanDraft, path: readonly (string | number)[]): PlanDraft {
  if (path[0] !== 'vms' || typeof path[1] !== 'number') return draft;
  const vm = vmsOf(draft)[path[1]];
  if (!vm) return draft;
  const field = path[2];
  if (field === 'disks' && path[4] === 'churnGBPerDay' && typeof path[3] === 'number' && Array.isArray(vm.disks)) {
    const edited = path[3];
    const sources = diskChurnSources(provenanceOf(vm), vm.disks.length).map((s, j) => (j === edited ? 'entered' : (s ?? 'entered')));
    const provenance = withDiskChurnSources(provenanceOf(vm), sources);
    return deepEqual(provenance, provenanceOf(vm)) ? draft : setIn(draft, ['vms', path[1]], { ...vm, provenance });
  }
  if (field === 'hourlyWeights') {
    if (provenanceOf(vm).profile === 'entered' && (vm as { withinHourWeights?: unknown }).withinHourWeights == null) return draft;
    return setIn(draft, ['vms', path[1]], { ...vm, withinHourWeights: null, provenance: { ...provenanceOf(vm), profile: 'entered' } });
  }
  return draft;
}
