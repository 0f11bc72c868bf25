/**
 * One evaluation cut into independent tasks, so a pool of threads can share it: each task is a
 * plan plus a small description in, plain data out (structured-clone safe), and runs anywhere with
 * `runEvalTask`. `evaluate-with.ts` schedules them and assembles the result.
 *
 * A search task is seeded with the runs already known (`known`) so it answers exactly as it would
 * on `evaluatePlan`'s shared runner, and reports the runs it made (`runs`, in order) so the
 * what-if grid snaps to the same uplinks. An uplink in `deferred` is being run elsewhere (the
 * detailed day at the plan's own uplink): a search that needs it stops and says so, and is run
 * again once that run is known.
 */
import type { Plan } from '@/plan/core';
import { requiredFromStable, requiredStableUplink, toVerdict, type HopRunner, type Requirement, type RunVerdict } from './bandwidth';
import { evaluationContext, initialReplicationOf, mainHopRunner, runExtendedHop, simulateMain, type EvaluationContext, type ExtendedHop } from './evaluation-context';
import type { SimResult } from './simulate';
import type { InitialReplicationResult } from './types';

/** Runs of the plan's own hop by uplink (Mbps), in the order they were made. */
export interface RunLog {
  complete: [number, RunVerdict][];
  growing: [number, RunVerdict][];
}

/** What a search starts from: runs already known, and uplinks it must not run itself. */
interface SearchSeed {
  known: RunLog;
  deferred: number[];
}

export type EvalTask =
  | { kind: 'main' }
  | { kind: 'initial-replication' }
  | { kind: 'extended' }
  | ({ kind: 'stable' } & SearchSeed)
  | ({ kind: 'requirement'; which: Requirement; stableMbps: number } & SearchSeed)
  | { kind: 'what-if'; uplinksMbps: number[] };

export type EvalTaskResult =
  | { kind: 'main'; main: SimResult }
  | { kind: 'initial-replication'; initialReplication: InitialReplicationResult }
  | { kind: 'extended'; hop: ExtendedHop }
  | { kind: 'search'; answerMbps: number | null; runs: RunLog }
  | { kind: 'deferred'; uplinkMbps: number }
  | { kind: 'what-if'; verdicts: RunVerdict[] };

/** Thrown inside a search that reached a deferred uplink. */
class DeferredRun {
  constructor(readonly uplinkMbps: number) {}
}

/** Run one task on the calling thread. Pure and deterministic, like `evaluatePlan`. */
export function runEvalTask(plan: Plan, task: EvalTask): EvalTaskResult {
  return runEvalTaskIn(evaluationContext(plan), task);
}

/** `runEvalTask` with the plan's context already built (a worker keeps it across one evaluation's tasks). */
export function runEvalTaskIn(ctx: EvaluationContext, task: EvalTask): EvalTaskResult {
  switch (task.kind) {
    case 'main':
      return { kind: 'main', main: simulateMain(ctx) };
    case 'initial-replication':
      return { kind: 'initial-replication', initialReplication: initialReplicationOf(ctx) };
    case 'extended':
      return { kind: 'extended', hop: runExtendedHop(ctx, true) };
    case 'what-if': {
      // Distinct uplinks: no point can reuse another's run, so a fresh runner answers as the shared one would.
      const runner = mainHopRunner(ctx);
      return { kind: 'what-if', verdicts: task.uplinksMbps.map((u) => toVerdict(runner.run(u, undefined, true))) };
    }
    default:
      return runSearchTask(mainHopRunner(ctx), task, ctx.targetSeconds);
  }
}

/** A stable or requirement search on a runner seeded with the known runs. */
function runSearchTask(runner: HopRunner, task: Extract<EvalTask, SearchSeed>, targetSeconds: number | null): EvalTaskResult {
  for (const [u, v] of task.known.complete) runner.remember(u, v);
  for (const [u, v] of task.known.growing) runner.remember(u, v, true);
  const seeded = { complete: runner.completeRuns.size, growing: runner.growingRuns.size };
  const deferred = new Set(task.deferred);
  const guarded: HopRunner = {
    ...runner,
    run(u, abortOn, verdictOnly) {
      if (deferred.has(u)) throw new DeferredRun(u);
      return runner.run(u, abortOn, verdictOnly);
    },
  };
  try {
    const answerMbps = task.kind === 'stable' ? requiredStableUplink(guarded) : requiredFromStable(guarded, task.which, task.stableMbps, targetSeconds);
    return { kind: 'search', answerMbps, runs: newRuns(runner, seeded) };
  } catch (err) {
    if (err instanceof DeferredRun) return { kind: 'deferred', uplinkMbps: err.uplinkMbps };
    throw err;
  }
}

/** The runs made after the first `seeded` ones of each kind, as plain verdicts. */
function newRuns(runner: HopRunner, seeded: { complete: number; growing: number }): RunLog {
  const log = (runs: ReadonlyMap<number, RunVerdict>, skip: number) => [...runs].slice(skip).map(([u, r]): [number, RunVerdict] => [u, toVerdict(r)]);
  return { complete: log(runner.completeRuns, seeded.complete), growing: log(runner.growingRuns, seeded.growing) };
}
