/**
 * Opening a big saved plan without one long task: before the store is made, the saved plans it
 * may open are checked with parsePlanInSteps, a slice at a time; readSavedPlan then takes that
 * answer instead of parsing the same text again in one go (~250 ms for 5 000 VMs). The answers
 * serve the opening only and are dropped once the store exists.
 */
import { parsePlanInSteps, type ParsePlanResult } from '@/plan';
import type { PlanStorage } from './persistence';

/** Saved text → the check of the plan in it (the same text always gives the same answer). */
const preparsed = new Map<string, ParsePlanResult>();

function read(storage: PlanStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Check the plans saved under `keys` a slice at a time, `pause()` between slices; never throws. */
export async function preparseSavedPlans(storage: PlanStorage | null, keys: readonly string[], pause: () => Promise<void>): Promise<void> {
  if (!storage) return;
  for (const key of keys) {
    const raw = read(storage, key);
    if (raw === null || preparsed.has(raw)) continue;
    let envelope: unknown;
    try {
      envelope = JSON.parse(raw);
    } catch {
      continue; // readSavedPlan sets it aside with its notice
    }
    if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) continue;
    await pause(); // reading a big plan's JSON was a slice of its own
    preparsed.set(raw, await parsePlanInSteps((envelope as { plan?: unknown }).plan, pause));
    await pause(); // and so was the check's last step: making the store comes next
  }
}

/** The check of the plan in `raw`, if it was made in advance (once: every read gets its own plan object). */
export function takePreparsed(raw: string): ParsePlanResult | undefined {
  const hit = preparsed.get(raw);
  preparsed.delete(raw);
  return hit;
}

/** Drop what the opening did not use. */
export function forgetPreparsed(): void {
  preparsed.clear();
}
