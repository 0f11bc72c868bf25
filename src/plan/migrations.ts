import { SCHEMA_VERSION } from './schema';

/** One step up: turns a plan of version `from` into version `from + 1`. Each step has its own test. */
export type Migration = (plan: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migration table, keyed by the version a step starts from. Empty while only version 1 exists;
 * when version 2 arrives, `1: (p) => …` goes here and links made today keep opening.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

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
