/**
 * Derived churn and profiles written into the plan: a measured VM updates the plan VM of the same
 * name (its policy kept, its disks and profile replaced by the measured ones) or joins the plan as
 * a new VM. Plan VMs that were not measured stay as they are. The result goes through parsePlan,
 * the one gate to a trusted plan.
 */
import { bytesPerGB, parsePlan, type Plan, type PlanIssue } from '@/plan';
import { uniqueId } from '@/store';
import { deriveProfile, splitByDisk } from './derive';
import { planVmIndexByName } from './plan-vm-by-name';
import type { MeasuredVm } from './vm-series';

export interface DeriveSettings {
  /** Percentile of each hour across the measured days (50–100). */
  percentile: number;
  /** Growth added to the derived churn, percent. */
  growthPercent: number;
}

export interface AppliedPlan {
  plan: Plan;
  updated: string[];
  added: string[];
}

export type ApplyOutcome = ({ ok: true } & AppliedPlan) | { ok: false; issues: PlanIssue[] };

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function applyDerived(plan: Plan, vms: readonly MeasuredVm[], startMs: number, stepSeconds: number, settings: DeriveSettings): ApplyOutcome {
  const gb = bytesPerGB(plan.units.storage);
  const nextVms: unknown[] = [...plan.vms];
  const taken = new Set(plan.vms.map((vm) => vm.id));
  const updated: string[] = [];
  const added: string[] = [];
  for (const vm of vms) {
    const derived = deriveProfile(vm.bytesPerSecond, startMs, stepSeconds, settings.percentile, settings.growthPercent, vm.seen);
    const totals = vm.disks.map((d) => d.rateSum);
    const includedTotal = totals.reduce((s, t, k) => s + (vm.disks[k]!.included ? t : 0), 0);
    const churn = splitByDisk(derived.dailyBytes, totals, includedTotal);
    const disks = vm.disks.slice(0, 256).map((d, k) => {
      const sizeBytes = d.sizeBytes > 0 ? d.sizeBytes : Math.max(d.fileBytes, gb);
      const sizeGB = Math.max(0.01, round(sizeBytes / gb, 2));
      return {
        name: d.name.replace(/\.a?vhdx?$/i, '').slice(0, 200),
        sizeGB,
        usedGB: Math.min(sizeGB, round(d.fileBytes / gb, 2)),
        churnGBPerDay: round(churn[k]! / gb, 3),
        // A disk measured but kept out of the analysis is one the consultant would not replicate.
        replicated: !d.measured || d.included,
      };
    });
    const measured = { profile: 'custom' as const, hourlyWeights: derived.hourlyWeights.map((w) => round(w, 4)), disks };
    const at = planVmIndexByName(plan, vm.name);
    if (at >= 0) {
      nextVms[at] = { ...plan.vms[at], ...measured };
      updated.push(vm.name);
    } else {
      const id = uniqueId(vm.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'vm', taken);
      taken.add(id);
      nextVms.push({ id, name: vm.name.slice(0, 200), workload: 'general', ...measured });
      added.push(vm.name);
    }
  }
  const parsed = parsePlan({ ...plan, vms: nextVms });
  return parsed.ok ? { ok: true, plan: parsed.plan, updated, added } : { ok: false, issues: parsed.issues };
}
