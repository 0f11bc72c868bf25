/**
 * The changes that turn one plan into another, as a variant's list (SPEC §5.9): leaves of objects
 * by field, lists of records (VMs, disks) item by item when their lengths agree, and any other list
 * (24 hourly shares, a changed number of VMs) as one value.
 */
import type { Plan, PlanChange } from '@/plan';
import { joinPath, type PathSegment } from './paths';

const OPTION_SECTIONS = new Set(['schemaVersion', 'goals', 'costs', 'variants']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function walk(a: unknown, b: unknown, at: PathSegment[], out: PlanChange[]): void {
  if (sameJson(a, b)) return;
  if (isRecord(a) && isRecord(b) && sameJson(Object.keys(a), Object.keys(b))) {
    for (const key of Object.keys(a)) {
      if (at.length === 0 && OPTION_SECTIONS.has(key)) continue;
      walk(a[key], b[key], [...at, key], out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every(isRecord)) {
    a.forEach((item, i) => walk(item, b[i], [...at, i], out));
    return;
  }
  out.push({ path: joinPath(at), value: b as PlanChange['value'] });
}

/** Changes that, applied to `base`, give `other` (goals, costs and variants are not compared). */
export function diffPlans(base: Plan, other: Plan): PlanChange[] {
  const out: PlanChange[] = [];
  walk(base, other, [], out);
  return out;
}
