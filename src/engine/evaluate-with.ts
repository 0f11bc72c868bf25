/**
 * `evaluatePlan` spread over threads: the same answers, every number equal, with the simulations
 * run as independent tasks (`eval-tasks.ts`) by whatever `runTask` the caller passes (a worker pool
 * in the page, worker_threads in the bench, the calling thread in tests).
 *
 *   stage 1  the detailed day ‖ the stable search ‖ the extended hop ‖ initial replication
 *   stage 2  the failure-window, missed-cycle and target-RPO searches, side by side (each starts
 *            from the stable answer; none needs another's runs to answer the same)
 *   stage 3  the what-if points not already run, in `whatIfChunks` tasks
 *
 * Why the answers cannot differ: a search only asks its runner for verdicts, and a run's verdict
 * at an uplink is the same whichever search made it, so the searches visit the same uplinks as on
 * one shared runner. The what-if grid snaps to runs already made, first match in the order they
 * were made: the runs of every task are merged in `evaluatePlan`'s order (detailed day, stable
 * search, then the three searches in turn) before the grid is built.
 */
import type { Plan } from '@/plan/core';
import {
  combineRequired,
  knownUplinks,
  requiredWithoutChurn,
  requirementsToSearch,
  toVerdict,
  whatIfPoint,
  whatIfUplinks,
  type Requirement,
  type RunVerdict,
} from './bandwidth';
import { assemblePlanResult } from './assemble-result';
import type { EvalTask, EvalTaskResult, RunLog } from './eval-tasks';
import { runEvalTask } from './eval-tasks';
import { evaluationContext, mainHopRunner, type EvaluationContext } from './evaluation-context';
import type { SimResult } from './simulate';
import type { PlanResult, RequiredUplink, WhatIfPoint } from './types';

/** Runs one task somewhere and answers with its plain-data result. */
export type RunTask = (task: EvalTask) => Promise<EvalTaskResult>;

export interface EvaluateWithOptions {
  /** How many tasks the what-if points not yet run are split into (≥ 1; default 4). */
  whatIfChunks?: number;
}

/** Evaluate a validated plan with the simulations run as tasks; resolves to exactly `evaluatePlan(plan)`. */
export async function evaluatePlanWith(plan: Plan, runTask: RunTask, options: EvaluateWithOptions = {}): Promise<PlanResult> {
  const ctx = evaluationContext(plan);
  const main = new MainRun(runTask);
  const initialReplication = runTask({ kind: 'initial-replication' }).then((r) => expectKind(r, 'initial-replication').initialReplication);
  const extendedHop = plan.extended ? runTask({ kind: 'extended' }).then((r) => expectKind(r, 'extended').hop) : Promise.resolve(null);
  // Awaited below; if a search fails first (or the caller cancels), their rejections are not "unhandled".
  initialReplication.catch(() => {});
  extendedHop.catch(() => {});
  const { required, logs } = await searchRequired(ctx, runTask, main);
  const mainResult = await main.result;
  const runs = mergeRuns([{ complete: mainResult.complete ? [[plan.link.uplinkMbps, toVerdict(mainResult)]] : [], growing: [] }, ...logs]);
  const whatIf = await whatIfWith(ctx, runTask, runs, required, options.whatIfChunks ?? 4);
  return assemblePlanResult(ctx, { main: mainResult, required, whatIf, extendedHop: await extendedHop, initialReplication: await initialReplication });
}

/** Run tasks on the calling thread, one at a time (tests; hosts without threads). */
export function runTaskInProcess(plan: Plan): RunTask {
  return (task) => Promise.resolve(runEvalTask(plan, task));
}

/** The detailed day at the plan's own uplink, started at once; its verdict once known seeds later searches. */
class MainRun {
  readonly result: Promise<SimResult>;
  verdict: RunVerdict | null = null;
  constructor(runTask: RunTask) {
    this.result = runTask({ kind: 'main' }).then((r) => expectKind(r, 'main').main);
    this.result.then((m) => (this.verdict = toVerdict(m)), () => {});
  }
}

/** Stage 1 and 2: the stable search, then the other requirements side by side; with every search's runs in order. */
async function searchRequired(ctx: EvaluationContext, runTask: RunTask, main: MainRun): Promise<{ required: RequiredUplink; logs: RunLog[] }> {
  if (mainHopRunner(ctx).dailyWireBytes <= 0) return { required: requiredWithoutChurn(ctx.targetSeconds), logs: [] };
  const own = ctx.plan.link.uplinkMbps;
  const stable = await search(runTask, main, own, [], (seed) => ({ kind: 'stable', ...seed }));
  const stableMbps = stable.answerMbps;
  if (stableMbps === null) return { required: combineRequired(null, {}), logs: [stable.runs] };
  const which = requirementsToSearch(ctx.targetSeconds, ctx.targetReachable);
  const others = await Promise.all(which.map((w) => search(runTask, main, own, [stable.runs], (seed) => ({ kind: 'requirement', which: w, stableMbps, ...seed }))));
  const answers: Partial<Record<Requirement, number | null>> = {};
  which.forEach((w, i) => (answers[w] = others[i]!.answerMbps));
  return { required: combineRequired(stableMbps, answers), logs: [stable.runs, ...others.map((o) => o.runs)] };
}

/**
 * One search task, seeded with `earlier` runs and, once known, the detailed day's verdict. If it
 * reaches the plan's own uplink before the detailed day is done, it runs again seeded with it.
 */
async function search(
  runTask: RunTask,
  main: MainRun,
  ownUplinkMbps: number,
  earlier: RunLog[],
  task: (seed: { known: RunLog; deferred: number[] }) => EvalTask,
): Promise<{ answerMbps: number | null; runs: RunLog }> {
  const seed = () => {
    const mainLog: RunLog = { complete: main.verdict?.complete ? [[ownUplinkMbps, main.verdict]] : [], growing: [] };
    return { known: mergeRuns([mainLog, ...earlier]), deferred: main.verdict ? [] : [ownUplinkMbps] };
  };
  let r = await runTask(task(seed()));
  if (r.kind === 'deferred') {
    await main.result;
    r = await runTask(task(seed()));
  }
  const done = expectKind(r, 'search');
  return { answerMbps: done.answerMbps, runs: done.runs };
}

/**
 * Logs merged as one runner would hold them: each uplink keeps its first run and its first
 * position (a later search reuses an earlier run instead of adding its own).
 */
export function mergeRuns(logs: readonly RunLog[]): RunLog {
  const complete = new Map<number, RunVerdict>();
  const growing = new Map<number, RunVerdict>();
  for (const log of logs) {
    for (const [u, v] of log.complete) if (!complete.has(u)) complete.set(u, v);
    for (const [u, v] of log.growing) if (!growing.has(u)) growing.set(u, v);
  }
  return { complete: [...complete], growing: [...growing] };
}

/** Stage 3: the what-if curve, answering known uplinks from the runs and the rest in `chunks` tasks. */
async function whatIfWith(
  ctx: EvaluationContext,
  runTask: RunTask,
  runs: RunLog,
  required: RequiredUplink,
  chunks: number,
): Promise<WhatIfPoint[]> {
  const complete = new Map(runs.complete);
  const growing = new Map(runs.growing);
  const uplinks = whatIfUplinks(knownUplinks({ completeRuns: complete, growingRuns: growing }), required, ctx.plan.link.uplinkMbps);
  const verdicts = new Map<number, RunVerdict>();
  for (const u of uplinks) {
    const known = complete.get(u) ?? growing.get(u);
    if (known) verdicts.set(u, known);
  }
  // Dealt round-robin: neighbouring points cost alike (a growing backlog stops early), so chunks even out.
  const fresh = uplinks.filter((u) => !verdicts.has(u));
  const n = Math.max(1, Math.min(Math.floor(chunks), fresh.length));
  const dealt = Array.from({ length: n }, (_, c) => fresh.filter((_, i) => i % n === c));
  const answers = await Promise.all(dealt.filter((d) => d.length).map((d) => runTask({ kind: 'what-if', uplinksMbps: d })));
  answers.forEach((a, c) => expectKind(a, 'what-if').verdicts.forEach((v, i) => verdicts.set(dealt[c]![i]!, v)));
  return uplinks.map((u) => whatIfPoint(u, verdicts.get(u)!));
}

/** The task's result, checked to be of the kind asked for (a mismatch is a bug in the runner). */
function expectKind<K extends EvalTaskResult['kind']>(r: EvalTaskResult, kind: K): Extract<EvalTaskResult, { kind: K }> {
  if (r.kind !== kind) throw new Error(`engine task answered '${r.kind}' where '${kind}' was expected`);
  return r as Extract<EvalTaskResult, { kind: K }>;
}
