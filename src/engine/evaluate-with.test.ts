/**
 * The pooled evaluation (`evaluatePlanWith`) must answer exactly what `evaluatePlan` answers: every
 * task crosses a structured clone (as it would between threads) and tasks finish in a scrambled
 * order (as they would on a pool), yet the result deep-equals the one-thread result, number for number.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@/plan';
import { arbLightPlanInput, arbPlanInput } from '@/test/arbitraries';
import { parseValid } from '@/test/factories';
import { generatePlan } from '@/test/generated-plans';
import { volumeBoundMbps } from './bandwidth';
import type { EvalTask, EvalTaskResult } from './eval-tasks';
import { evaluatePlan } from './evaluate';
import { evaluatePlanWith, mergeRuns, runTaskInProcess, type RunTask } from './evaluate-with';
import { evaluationContext, mainHopRunner } from './evaluation-context';

/** Runs each task on a clone of its input and answers a clone, after `delay(task)` turns of the event loop. */
function threadLike(plan: Plan, delay: (task: EvalTask) => number = () => 0, seen: EvalTaskResult[] = []): RunTask {
  const inProcess = runTaskInProcess(structuredClone(plan));
  return async (task) => {
    const answer = structuredClone(await inProcess(structuredClone(task)));
    for (let i = delay(task); i > 0; i--) await new Promise((r) => setTimeout(r, 0));
    seen.push(answer);
    return answer;
  };
}

const example = (name: string) => parseValid(JSON.parse(readFileSync(new URL(`../../public/examples/${name}.json`, import.meta.url), 'utf8')));

describe('evaluatePlanWith equals evaluatePlan', () => {
  it.each(['branch-office', 'datacenter'])('on the %s example, with tasks finishing in any order', async (name) => {
    const plan = example(name);
    const expected = evaluatePlan(plan);
    // The detailed day last, then first: the searches either run before it is known or after.
    expect(await evaluatePlanWith(plan, threadLike(plan, (t) => (t.kind === 'main' ? 20 : 0)))).toEqual(expected);
    expect(await evaluatePlanWith(plan, threadLike(plan, (t) => (t.kind === 'main' ? 0 : 5)), { whatIfChunks: 1 })).toEqual(expected);
  }, 60_000);

  it.each([
    [60, [1 / 3, 1 / 3, 1 / 3]],
    [150, [0.1, 0.2, 0.7]],
  ] as const)('on a generated %i-VM bench plan', async (vms, mix) => {
    const plan = parseValid(generatePlan(vms, mix));
    expect(await evaluatePlanWith(plan, threadLike(plan, (t) => (t.kind === 'what-if' ? t.uplinksMbps.length : 0)), { whatIfChunks: 3 })).toEqual(evaluatePlan(plan));
  }, 60_000);

  it('on random plans (heavy and light), any chunking and task order', async () => {
    const order = fc.func(fc.integer({ min: 0, max: 4 }));
    const property = (arb: typeof arbPlanInput) =>
      fc.asyncProperty(arb, order, fc.integer({ min: 1, max: 8 }), async (input, delay, chunks) => {
        const plan = parseValid(input);
        expect(await evaluatePlanWith(plan, threadLike(plan, (t) => delay(t.kind)), { whatIfChunks: chunks })).toEqual(evaluatePlan(plan));
      });
    await fc.assert(property(arbPlanInput), { numRuns: 60 });
    await fc.assert(property(arbLightPlanInput), { numRuns: 40 });
  }, 180_000);

  it('runs a search again when it reaches the plan’s own uplink before the detailed day is known', async () => {
    // The stable search's first probe is 1.01 × the volume bound: put the plan's uplink exactly there.
    const base = parseValid(generatePlan(20));
    const bound = volumeBoundMbps(mainHopRunner(evaluationContext(base)));
    const plan = { ...base, link: { ...base.link, uplinkMbps: bound * 1.01 } };
    const seen: EvalTaskResult[] = [];
    const pooled = await evaluatePlanWith(plan, threadLike(plan, (t) => (t.kind === 'main' ? 10 : 0), seen));
    expect(seen.filter((r) => r.kind === 'deferred').map((r) => r.uplinkMbps)).toEqual([bound * 1.01]);
    expect(pooled).toEqual(evaluatePlan(plan));
  }, 60_000);
});

describe('mergeRuns', () => {
  it('keeps each uplink’s first run at its first position, as one shared runner would', () => {
    const v = (worstRpoSeconds: number) => ({ aborted: false, complete: true, stable: true, worstRpoSeconds, cycles: 1, missedCycles: 0, vmsBreaching: 0 });
    const merged = mergeRuns([
      { complete: [[10, v(1)], [20, v(2)]], growing: [[5, v(9)]] },
      { complete: [[30, v(3)], [10, v(4)]], growing: [[5, v(8)], [6, v(7)]] },
    ]);
    expect(merged.complete).toEqual([[10, v(1)], [20, v(2)], [30, v(3)]]);
    expect(merged.growing).toEqual([[5, v(9)], [6, v(7)]]);
  });
});
