/**
 * Messages between the page and the engine worker. Both sides import this file so a change of
 * shape is a compile error on both. Plans and results cross by structured clone: plain JSON data.
 *
 * A request names its job: `evaluate` (the engine on one plan, the default), `compare` (the plan
 * and its variants, SPEC §5.9) or `optimize` (the cheapest options that meet the goals). Long jobs
 * send `progress` messages before their one answer.
 *
 * A pool worker also answers `TaskRequest`s: one task of an evaluation spread over several workers
 * (`worker-pool.ts`). The plan travels with an evaluation's first task on each worker only.
 */
import { evaluatePlan, evaluationContext, runEvalTaskIn, type EvalTask, type EvalTaskResult, type EvaluationContext, type PlanResult } from '@/engine';
import { unitFormat } from '@/lib/locale-format';
import type { Plan } from '@/plan';
import { compareVariants, optimize, type ComparisonRow, type OptimizerResult } from '@/scenario';

export type JobKind = 'evaluate' | 'compare' | 'optimize';

/** What each job answers. */
export interface JobResults {
  evaluate: PlanResult;
  compare: ComparisonRow[];
  optimize: OptimizerResult;
}

/** How far a long job has come: `done` of `total` steps, and engine runs so far. */
export interface JobProgress {
  done: number;
  total: number;
  evaluations: number;
}

/** Page → worker: run `job` (default `evaluate`) on this (already validated) plan; `id` pairs answers with requests. */
export interface EngineRequest {
  id: number;
  plan: Plan;
  job?: JobKind;
  /** The page's display locale, for numbers in the words a job writes (the optimizer's notes); en-US when absent. */
  locale?: string;
}

/** Page → pool worker: one task of the pooled evaluation `planKey`; `plan` comes with the first task of that key on this worker. */
export interface TaskRequest {
  id: number;
  planKey: number;
  plan?: Plan;
  task: EvalTask;
}

/** Anything the page sends a worker. */
export type WorkerRequest = EngineRequest | TaskRequest;

/** Worker → page: progress (any number), then the result or the message of whatever the engine threw. */
export type EngineResponse =
  | { id: number; ok: true; result: JobResults[JobKind] | EvalTaskResult }
  | { id: number; ok: false; error: string }
  | { id: number; progress: JobProgress };

/** The worker's whole job, kept out of the worker file so it is testable without a Worker. */
export function handleEngineRequest(request: EngineRequest, onProgress: (progress: JobProgress) => void = () => {}): EngineResponse {
  try {
    const job = request.job ?? 'evaluate';
    let result: JobResults[JobKind];
    if (job === 'compare') {
      result = compareVariants(request.plan, { onProgress: (done, total) => onProgress({ done, total, evaluations: done }) });
    } else if (job === 'optimize') {
      result = optimize(request.plan, {
        onProgress: (p) => onProgress({ done: p.linesDone, total: p.lines, evaluations: p.evaluations }),
        format: unitFormat(request.locale ?? 'en-US'),
      });
    } else {
      result = evaluatePlan(request.plan);
    }
    return { id: request.id, ok: true, result };
  } catch (err) {
    // An Error does not survive postMessage with its message in every browser: send text.
    return { id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * A worker's handler for pool tasks: keeps the context of the evaluation it last saw (built once
 * per evaluation and worker, not once per task) and answers each task like `handleEngineRequest`.
 */
export function createTaskHandler(): (request: TaskRequest) => EngineResponse {
  let current: { planKey: number; ctx: EvaluationContext } | null = null;
  return (request) => {
    try {
      if (request.plan) current = { planKey: request.planKey, ctx: evaluationContext(request.plan) };
      if (current?.planKey !== request.planKey) throw new Error(`engine task ${request.id} came without its plan`);
      return { id: request.id, ok: true, result: runEvalTaskIn(current.ctx, request.task) };
    } catch (err) {
      return { id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
