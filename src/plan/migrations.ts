import { DEFAULTS } from './limits';
import { WORKLOAD_IDS, workloadPreset, type WorkloadId } from './presets';
import { SCHEMA_VERSION } from './schema';

/** One step up: turns a plan of version `from` into version `from + 1`. Each step has its own test. */
export type Migration = (plan: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 1 → 2 (SPEC §5.9): goals, costs and variants arrive. A version-1 plan had no prices and
 * no variants, and its verdict judged the plan on keeping up, the failure window and the target RPO
 * when one was set: the step writes exactly that, spelled out rather than left to the schema's
 * defaults, so a later change of default cannot change what an old link meant. A section already
 * present (not a field of version 1) is left for the schema to judge.
 */
function addOptionsSections(plan: Record<string, unknown>): Record<string, unknown> {
  return {
    ...plan,
    goals: 'goals' in plan ? plan.goals : { stable: true, withinFailureWindow: true, targetRpo: true, noMissedCycles: false },
    costs: 'costs' in plan ? plan.costs : { currency: 'EUR', linkTiers: [], replicaStoragePerTBMonth: null, offlineShipmentOneOff: null },
    variants: 'variants' in plan ? plan.variants : [],
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Same value up to float noise: a preset estimate survives a GB ↔ GiB round trip. */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Where a version-2 VM's churn and profile came from, as well as a version-2 file can tell: a value
 * left out is the preset's; a churn figure equal to the preset's estimate (used × the workload's
 * %/day) or a profile equal to the workload's was written out by the editor from the preset (v2
 * kept no other record, and its report read them so). Runs once, here; from version 3 on,
 * provenance is recorded when a value is set and never inferred from the numbers again.
 */
function v2Provenance(vm: Record<string, unknown>): Record<string, string> {
  const workload = (WORKLOAD_IDS as readonly string[]).includes(String(vm.workload)) ? (vm.workload as WorkloadId) : DEFAULTS.workload;
  const preset = workloadPreset(workload);
  const disks = Array.isArray(vm.disks) ? vm.disks.filter(isObject) : [];
  const fromPreset = disks.map((d) => {
    if (d.churnGBPerDay === undefined) return true;
    const used = typeof d.usedGB === 'number' ? d.usedGB : d.sizeGB;
    return typeof d.churnGBPerDay === 'number' && typeof used === 'number' && close(d.churnGBPerDay, (used * preset.churnPercentPerDay) / 100);
  });
  const out: Record<string, string> = {};
  if (fromPreset.length && fromPreset.every(Boolean)) out.churn = 'preset';
  else {
    out.churn = 'entered';
    fromPreset.forEach((p, j) => {
      if (p) out[`disks[${j}].churnGBPerDay`] = 'preset';
    });
  }
  out.profile = vm.profile === undefined || vm.profile === preset.profile ? 'preset' : 'entered';
  return out;
}

/**
 * Version 2 → 3 (issue 15): a VM's within-hour shape, the plan's measured evidence and value
 * provenance arrive. A version-2 plan had no shape (every hour even), no evidence and no record of
 * where values came from: the step writes exactly that — null shape, null evidence, an empty plan
 * record — and each VM's provenance as v2Provenance reads it. A field already present is left for
 * the schema to judge.
 */
function addShapeEvidenceProvenance(plan: Record<string, unknown>): Record<string, unknown> {
  const vms = Array.isArray(plan.vms)
    ? plan.vms.map((vm: unknown) =>
        isObject(vm)
          ? { ...vm, withinHourWeights: 'withinHourWeights' in vm ? vm.withinHourWeights : null, provenance: 'provenance' in vm ? vm.provenance : v2Provenance(vm) }
          : vm,
      )
    : plan.vms;
  return {
    ...plan,
    vms,
    measured: 'measured' in plan ? plan.measured : null,
    provenance: 'provenance' in plan ? plan.provenance : {},
  };
}

/**
 * Migration table, keyed by the version a step starts from: `MIGRATIONS[v]` turns version v into
 * v + 1. Steps are never edited once released (links made with that version depend on them); a new
 * version adds one entry and its test in `migrations.test.ts`.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: addOptionsSections,
  2: addShapeEvidenceProvenance,
};

export type MigrationResult =
  | { ok: true; plan: Record<string, unknown>; fromVersion: number }
  | { ok: false; path: string; message: string };

/** Bring a stored or shared plan object up to the current schema version, step by step. */
export function migratePlan(input: Record<string, unknown>, migrations = MIGRATIONS, current = SCHEMA_VERSION): MigrationResult {
  const raw = input.schemaVersion ?? current; // a hand-written plan file may omit the version
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1) {
    return { ok: false, path: 'schemaVersion', message: `must be a whole number from 1 to ${current}` };
  }
  if (raw > current) {
    return {
      ok: false,
      path: 'schemaVersion',
      message: `this plan uses schema version ${raw}, made by a newer Replica Planner; this one reads up to version ${current}`,
    };
  }
  let plan = input;
  for (let v = raw; v < current; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, path: 'schemaVersion', message: `no migration from schema version ${v}` };
    plan = { ...step(plan), schemaVersion: v + 1 };
  }
  return { ok: true, plan, fromVersion: raw };
}
