/**
 * parsePlan for a big plan without holding the page: the same gate, with the VMs (nearly all the
 * work: ~250 ms for 5 000 VMs in the browser) checked a slice at a time and the browser given a
 * turn between slices. A valid plan comes out equal to parsePlan's; anything the slices reject is
 * parsed again by parsePlan itself, so every message and its order stay the gate's own.
 */
import { LIMITS } from './limits';
import { migratePlan } from './migrations';
import { parsePlan, type ParsePlanResult } from './parse';
import { PLAN_SCHEMA_PARTS, SCHEMA_VERSION, type Plan } from './schema';
import { z } from './zod';

const { PlanObjectSchema, VmSchema, withVmIds, planRules } = PLAN_SCHEMA_PARTS;

/** Everything but the VMs, checked as PlanSchema checks it; the list's length rules included. */
const PlanShellSchema = PlanObjectSchema.extend({ vms: z.array(z.unknown()).min(1).max(LIMITS.vms) });
/** What PlanSchema does once every field is checked: ids, then the cross-field rules. */
const PlanTailSchema = z
  .custom<z.output<typeof PlanObjectSchema>>(() => true)
  .transform(withVmIds)
  .superRefine(planRules);

/** Work this long (ms) before giving the browser a turn: well inside a 50 ms "long task". */
const SLICE_MS = 30;

/** parsePlan(input), in slices of about SLICE_MS separated by `pause()` (the caller's way to give the browser a turn). */
export async function parsePlanInSteps(input: unknown, pause: () => Promise<void>, now: () => number = Date.now): Promise<ParsePlanResult> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return parsePlan(input);
  const gate = () => parsePlan(input); // for every problem: the gate's own messages
  try {
    const migrated = migratePlan(input as Record<string, unknown>);
    if (!migrated.ok || !Array.isArray(migrated.plan.vms)) return gate();
    const vmsIn: unknown[] = migrated.plan.vms;
    const vms: z.output<typeof VmSchema>[] = [];
    let sliceStart = now();
    for (const vm of vmsIn) {
      const parsed = VmSchema.safeParse(vm);
      if (!parsed.success) return gate();
      vms.push(parsed.data);
      if (now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = now();
      }
    }
    await pause(); // the rest of the plan and the cross-field rules over every VM: one more slice
    const shell = PlanShellSchema.safeParse(migrated.plan);
    if (!shell.success) return gate();
    // Same key order as PlanSchema's output: `vms` keeps its place in the checked object.
    const tail = PlanTailSchema.safeParse({ ...shell.data, vms });
    if (!tail.success) return gate();
    const plan: Plan = tail.data;
    return { ok: true, plan, migratedFrom: migrated.fromVersion === SCHEMA_VERSION ? null : migrated.fromVersion };
  } catch {
    return gate(); // hostile input (a throwing getter): the gate words it
  }
}
