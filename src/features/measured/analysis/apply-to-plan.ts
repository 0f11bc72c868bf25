/**
 * Derived churn and profiles written into the plan: a measured VM updates the plan VM of the same
 * name (its policy kept, its disks and profile replaced by the measured ones) or joins the plan as
 * a new VM. Plan VMs that were not measured stay as they are. The result goes through parsePlan,
 * the one gate to a trusted plan.
 */
import { bytesPerGB, parsePlan, withDiskChurnSources, type Plan, type PlanIssue } from '@/plan';
import { uniqueId } from '@/lib/unique-id';
import { deriveVm, type DeriveDay, type DerivedVm } from './derive';
import { planVmIndexByName } from './plan-vm-by-name';
import type { MeasuredVm } from './vm-series';

export interface DeriveSettings extends DeriveDay {
  /** Growth added to the derived churn, percent. */
  growthPercent: number;
  /** Take the plan VMs that were not measured out (a new plan's placeholder "VM 1", say). */
  removeUnmeasured?: boolean;
}

export interface AppliedPlan {
  plan: Plan;
  updated: string[];
  added: string[];
  /** Plan VMs taken out because they were not measured. */
  removed: string[];
  /** Per measured VM (in the order given): its plan VM id and what was derived. */
  derived: { name: string; id: string; derived: DerivedVm }[];
}

export type ApplyOutcome = ({ ok: true } & AppliedPlan) | { ok: false; issues: PlanIssue[] };

export const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function applyDerived(plan: Plan, vms: readonly MeasuredVm[], startMs: number, stepSeconds: number, settings: DeriveSettings): ApplyOutcome {
  const gb = bytesPerGB(plan.units.storage);
  const measuredAt = new Set(vms.map((vm) => planVmIndexByName(plan, vm.name)).filter((i) => i >= 0));
  const keep = plan.vms.map((_, i) => !settings.removeUnmeasured || measuredAt.has(i));
  const removed = plan.vms.filter((_, i) => !keep[i]).map((vm) => vm.name);
  const nextVms: unknown[] = [...plan.vms];
  const taken = new Set(plan.vms.filter((_, i) => keep[i]).map((vm) => vm.id));
  const updated: string[] = [];
  const added: string[] = [];
  const derivedList: AppliedPlan['derived'] = [];
  for (const vm of vms) {
    const derived = deriveVm(vm, startMs, stepSeconds, settings, settings.growthPercent);
    const disks = vm.disks.slice(0, 256).map((d, k) => {
      const sizeBytes = d.sizeBytes > 0 ? d.sizeBytes : Math.max(d.fileBytes, gb);
      const sizeGB = Math.max(0.01, round(sizeBytes / gb, 2));
      return {
        name: d.name.replace(/\.a?vhdx?$/i, '').slice(0, 200),
        sizeGB,
        usedGB: Math.min(sizeGB, round(d.fileBytes / gb, 2)),
        churnGBPerDay: round(derived.diskDailyBytes[k]! / gb, 3),
        // A disk measured but kept out of the analysis is one the consultant would not replicate.
        replicated: !d.measured || d.included,
      };
    });
    const at = planVmIndexByName(plan, vm.name);
    const measured = {
      profile: 'custom' as const,
      hourlyWeights: derived.hourlyWeights.map((w) => round(w, 4)),
      withinHourWeights: derived.withinHourWeights?.map((hour) => hour?.map((w) => round(w, 3)) ?? null) ?? null,
      disks,
      // Every disk is the measured one now: per-disk marks of the old disks go.
      provenance: { ...withDiskChurnSources(at >= 0 ? (plan.vms[at]!.provenance ?? {}) : {}, ['measured']), profile: 'measured' as const },
    };
    let id: string;
    if (at >= 0) {
      nextVms[at] = { ...plan.vms[at], ...measured };
      id = plan.vms[at]!.id;
      updated.push(vm.name);
    } else {
      id = uniqueId(vm.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'vm', taken);
      taken.add(id);
      nextVms.push({ id, name: vm.name.slice(0, 200), workload: 'general', ...measured });
      added.push(vm.name);
    }
    derivedList.push({ name: vm.name, id, derived });
  }
  const parsed = parsePlan({ ...plan, vms: nextVms.filter((_, i) => i >= plan.vms.length || keep[i]) });
  return parsed.ok ? { ok: true, plan: parsed.plan, updated, added, removed, derived: derivedList } : { ok: false, issues: parsed.issues };
}
