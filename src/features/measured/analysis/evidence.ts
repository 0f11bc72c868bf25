/**
 * The plan a derive step leaves behind carries its evidence (schema v3 `measured`): the period,
 * coverage, the replay's 100 % / 90 % answers at the settings they were computed for, and each
 * day's peak RPO — what the report shows and what the verdict weighs against the modelled day.
 */
import { DEFAULTS, measuredBasis, parsePlan, type MeasuredEvidence, type Plan } from '@/plan';
import type { AppliedPlan, DeriveSettings } from './apply-to-plan';
import type { MeasuredFigures } from './run-measured';

/** The blank plan "New plan" opens: defaults and one placeholder VM, which a derive step replaces. */
export function newPlan(): Plan {
  const parsed = parsePlan({ vms: [{ id: 'vm-1', name: 'VM 1', disks: [DEFAULTS.newVmDisk] }] });
  if (!parsed.ok) throw new Error('the blank plan does not parse'); // a bug, not user input
  return parsed.plan;
}

const clamp = (x: number) => Math.min(100, Math.max(0, x));

/** Naive local ms → `2026-11-23T00:00:00`. */
export function localStamp(naiveMs: number): string {
  return new Date(naiveMs).toISOString().slice(0, 19);
}

export function buildEvidence(plan: Plan, applied: Pick<AppliedPlan, 'derived'>, figures: MeasuredFigures, settings: DeriveSettings, source: string): MeasuredEvidence {
  const r = figures.replay;
  const idOf = new Map(applied.derived.map((d) => [d.name, d]));
  return {
    source: source.slice(0, 200),
    startLocal: localStamp(figures.startMs),
    timeZone: figures.timeZone.slice(0, 200),
    periodSeconds: figures.periodSeconds,
    sampleSeconds: figures.sampleSeconds,
    derivedFrom: { day: settings.day, percentile: settings.percentile, days: settings.days, growthPercent: settings.growthPercent },
    targetRpoMinutes: figures.targetRpoMinutes,
    basis: measuredBasis(
      plan,
      applied.derived.map((d) => d.id),
    ),
    requiredUplinkMbps: { met100: r.requiredUplinkMbps.met100, met90: r.requiredUplinkMbps.met90 },
    unreachable: { met100: r.unreachable.met100, met90: r.unreachable.met90 },
    coveragePercent: clamp(r.coverage.allSampledPercent),
    atUplinkMbps: r.uplinkMbps,
    metPercent: clamp(r.current.metPercent),
    violations: r.current.violations,
    longestViolationSeconds: r.current.longestViolationSeconds,
    breaches: r.current.breaches,
    worstRpoSeconds: r.current.worstRpoSeconds,
    vms: figures.vms.map((vm) => ({
      vmId: idOf.get(vm.name)?.id ?? vm.id,
      name: vm.name.slice(0, 200),
      sampledPercent: clamp(vm.sampledPercent),
      averageRawBytesPerDay: vm.averageRawBytesPerDay,
      bursts: idOf.get(vm.name)?.derived.withinHourWeights != null,
    })),
    days: r.days.slice(0, 400).map((d) => ({
      startSeconds: d.startSeconds,
      endSeconds: d.endSeconds,
      peakRpoSeconds: Math.max(0, d.peakRpoSeconds),
      violations: d.violations,
      violationSeconds: d.violationSeconds,
      breaches: d.breaches,
      coveragePercent: clamp(d.coveragePercent),
    })),
  };
}

/** The derived plan with its evidence, through parsePlan (the one gate). */
export function withEvidence(plan: Plan, applied: Pick<AppliedPlan, 'derived'>, figures: MeasuredFigures, settings: DeriveSettings, source: string): Plan {
  const parsed = parsePlan({ ...plan, measured: buildEvidence(plan, applied, figures, settings, source) });
  if (!parsed.ok) throw new Error(`measured evidence rejected: ${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}`); // a bug: every field is built here
  return parsed.plan;
}
