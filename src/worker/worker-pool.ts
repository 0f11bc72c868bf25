/**
 * A pool of engine workers for evaluations spread over threads (`evaluatePlanWith`): each
 * evaluation opens a session; its tasks queue first come, first served and go to the first idle
 * worker, preferring one that already holds the session's plan (the plan is cloned to each worker
 * once per evaluation, not once per task). Sessions of several evaluations share the workers and
 * never cancel each other; cancelling a session drops its queued tasks and ignores its running
 * ones. Idle workers close after `idleTimeoutMs`; a crashed worker fails its task and is replaced.
 */
import type { EvalTask, EvalTaskResult } from '@/engine';
import type { Plan } from '@/plan';
import type { EngineWorker } from './engine-client';
import { EngineError, StaleError } from './errors';
import type { EngineResponse } from './protocol';

/** The tasks of one evaluation. */
export interface PoolSession {
  /** Run one task; rejects with StaleError once the session is cancelled. */
  run(task: EvalTask): Promise<EvalTaskResult>;
  /** Drop the queued tasks, ignore the running ones' answers; every pending `run` rejects with StaleError. */
  cancel(): void;
}

export interface WorkerPool {
  /** Number of workers (the most tasks running at once). */
  readonly size: number;
  /** Start an evaluation of `plan`. */
  open(plan: Plan): PoolSession;
  /** Terminate every worker; pending tasks reject with StaleError. */
  dispose(): void;
}

export interface WorkerPoolOptions {
  /** Close the workers after this long without tasks, ms; ≤ 0 or non-finite = never. */
  idleTimeoutMs?: number;
}

/** Workers the page uses for one evaluation: one core stays for the page, at most 4 (≥ 1). */
export function defaultPoolSize(hardwareConcurrency: number | undefined): number {
  const cores = Number.isFinite(hardwareConcurrency) ? Math.floor(hardwareConcurrency!) : 1;
  return Math.max(1, Math.min(cores - 1, 4));
}

interface Job {
  id: number;
  sessionKey: number;
  plan: Plan;
  task: EvalTask;
  settled: boolean;
  resolve(result: EvalTaskResult): void;
  reject(err: Error): void;
}

interface Slot {
  worker: EngineWorker | null;
  job: Job | null;
  /** The session whose plan this worker holds. */
  planKey: number | null;
}

export function createWorkerPool(makeWorker: () => EngineWorker, size: number, options: WorkerPoolOptions = {}): WorkerPool {
  const idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  const slots: Slot[] = Array.from({ length: Math.max(1, Math.floor(size)) }, () => ({ worker: null, job: null, planKey: null }));
  const queue: Job[] = [];
  let nextId = 1;
  let nextSession = 1;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const settle = (job: Job, outcome: { result: EvalTaskResult } | { error: Error }) => {
    if (job.settled) return;
    job.settled = true;
    if ('result' in outcome) job.resolve(outcome.result);
    else job.reject(outcome.error);
  };
  const close = (slot: Slot) => {
    slot.worker?.terminate();
    slot.worker = null;
    slot.planKey = null;
  };
  const clearIdle = () => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = null;
  };
  const scheduleIdle = () => {
    clearIdle();
    if (idleTimeoutMs > 0 && Number.isFinite(idleTimeoutMs)) idleTimer = setTimeout(() => slots.forEach(close), idleTimeoutMs);
  };
  /** The slot's job is over (answered, failed or its worker crashed): free the slot and go on. */
  const finish = (slot: Slot, outcome: { result: EvalTaskResult } | { error: Error }) => {
    const job = slot.job;
    slot.job = null;
    if (job) settle(job, outcome);
    pump();
  };
  const open = (slot: Slot): EngineWorker => {
    const w = makeWorker();
    w.onmessage = (event: MessageEvent<EngineResponse>) => {
      const response = event.data;
      if (!slot.job || response.id !== slot.job.id || 'progress' in response) return;
      finish(slot, response.ok ? { result: response.result as EvalTaskResult } : { error: new EngineError(response.error) });
    };
    w.onerror = (event) => {
      close(slot); // a broken worker: the next task gets a fresh one
      finish(slot, { error: new EngineError(event.message || 'engine worker failed') });
    };
    return w;
  };
  const start = (slot: Slot, job: Job) => {
    slot.job = job;
    try {
      slot.worker ??= open(slot);
      const withPlan = slot.planKey !== job.sessionKey;
      slot.worker.postMessage({ id: job.id, planKey: job.sessionKey, ...(withPlan ? { plan: job.plan } : {}), task: job.task });
      slot.planKey = job.sessionKey;
    } catch (err) {
      // No Worker here, or the message could not be cloned: fail this task, keep the pool usable.
      close(slot);
      finish(slot, { error: new EngineError(err instanceof Error ? err.message : String(err)) });
    }
  };
  /** Hand queued tasks to idle workers, first come first served. */
  const pump = () => {
    for (;;) {
      const job = queue[0];
      const idle = slots.filter((s) => s.job === null);
      if (!job || idle.length === 0) break;
      queue.shift();
      start(idle.find((s) => s.planKey === job.sessionKey) ?? idle.find((s) => s.worker !== null) ?? idle[0]!, job);
    }
    if (queue.length === 0 && slots.every((s) => s.job === null)) scheduleIdle();
  };

  return {
    size: slots.length,
    open(plan) {
      const sessionKey = nextSession++;
      let cancelled = false;
      const mine = new Set<Job>();
      return {
        run(task) {
          if (cancelled || disposed) return Promise.reject(new StaleError());
          return new Promise<EvalTaskResult>((resolve, reject) => {
            const job: Job = { id: nextId++, sessionKey, plan, task, settled: false, resolve, reject };
            mine.add(job);
            const forget = () => mine.delete(job);
            job.resolve = (r) => (forget(), resolve(r));
            job.reject = (e) => (forget(), reject(e));
            clearIdle();
            queue.push(job);
            pump();
          });
        },
        cancel() {
          cancelled = true;
          for (let i = queue.length - 1; i >= 0; i--) if (queue[i]!.sessionKey === sessionKey) queue.splice(i, 1);
          // Running tasks finish in their workers; their answers are dropped.
          for (const job of [...mine]) settle(job, { error: new StaleError() });
          pump();
        },
      };
    },
    dispose() {
      disposed = true;
      clearIdle();
      for (const job of queue.splice(0)) settle(job, { error: new StaleError() });
      for (const slot of slots) {
        if (slot.job) settle(slot.job, { error: new StaleError() });
        slot.job = null;
        close(slot);
      }
    },
  };
}
