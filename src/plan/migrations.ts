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

/**
 * Migration table, keyed by the version a step starts from: `MIGRATIONS[v]` turns version v into
 * v + 1. Steps are never edited once released (links made with that version depend on them); a new
 * version adds one entry and its test in `migrations.test.ts`.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: addOptionsSections,
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
