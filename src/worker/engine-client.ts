/**
 * The page's bridge to the engine worker (squoosh-style): newest input wins, stale work is dropped,
 * an idle worker is closed. At most one request runs in the worker and one waits; a request that
 * arrives meanwhile replaces the waiting one, because only the newest plan's answer matters.
 *
 * Superseded requests REJECT with `StaleError` (chosen over resolving a `{ stale: true }` marker so
 * `evaluate` keeps the plain `Promise<PlanResult>` type): callers ignore it with `isStaleError`.
 * A running request is settled as stale as soon as a newer one arrives; its late answer is dropped.
 *
 * With a worker pool (`options.pool`, several workers) an evaluation is spread over the pool's
 * workers by `evaluatePlanWith` instead of running in this client's own worker; the same rules
 * hold, and a superseded evaluation's queued tasks are dropped. Without one it runs as a whole.
 */
import { evaluatePlanWith, type PlanResult } from '@/engine';
import { getDisplayLocale } from '@/lib/format';
import type { Plan } from '@/plan';
import type { EngineResponse, JobKind, JobProgress, JobResults, WorkerRequest } from './protocol';
import { EngineError, isStaleError, StaleError } from './errors';
import { createWorkerPool, defaultPoolSize, type PoolSession, type WorkerPool } from './worker-pool';

export { EngineError, isStaleError, StaleError } from './errors';

/** The part of `Worker` the client uses, so tests can pass a fake. */
export interface EngineWorker {
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: WorkerRequest): void;
  terminate(): void;
}

export interface EngineClient {
  /** Evaluate in the worker; rejects with StaleError when a newer call supersedes this one. */
  evaluate(plan: Plan): Promise<PlanResult>;
  /** Run any job (SPEC §5.9 compare / optimize) under the same newest-wins rule; `onProgress` hears long jobs. */
  run<K extends JobKind>(job: K, plan: Plan, onProgress?: (progress: JobProgress) => void): Promise<JobResults[K]>;
  /** Stop now: the worker is terminated (a long job ends at once), pending calls reject with StaleError; the client stays usable. */
  cancel(): void;
  /** Terminate the worker; pending calls reject with StaleError, later calls reject. */
  dispose(): void;
}

export interface EngineClientOptions {
  /** Close the worker after this long without work, ms (its memory and thread are freed); ≤ 0 or non-finite = never. */
  idleTimeoutMs?: number;
  /** Spread evaluations over this pool (other jobs keep the client's own worker); null = no pool. */
  pool?: WorkerPool | null;
}

interface Pending {
  id: number;
  plan: Plan;
  job: JobKind;
  settled: boolean;
  /** The pooled evaluation's tasks, when it runs on the pool. */
  session?: PoolSession;
  onProgress?: (progress: JobProgress) => void;
  resolve(result: unknown): void;
  reject(err: Error): void;
}

/** The page's engine worker (Vite bundles the module worker). */
export const defaultWorker = (): EngineWorker => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });

let pagePool: WorkerPool | null | undefined;

/**
 * The page's shared pool: `defaultPoolSize(navigator.hardwareConcurrency)` workers, or null when
 * that is one worker (then every evaluation runs whole in its lane's worker, as before the pool).
 */
export function sharedPagePool(): WorkerPool | null {
  if (pagePool === undefined) {
    const size = defaultPoolSize(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency);
    pagePool = size > 1 ? createWorkerPool(defaultWorker, size) : null;
  }
  return pagePool;
}

export function createEngineClient(makeWorker: () => EngineWorker = defaultWorker, options: EngineClientOptions = {}): EngineClient {
  const idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  // The page's own workers share the page pool; a test's fake workers get a pool only when given one.
  const pool = options.pool !== undefined ? options.pool : makeWorker === defaultWorker ? sharedPagePool() : null;
  let worker: EngineWorker | null = null;
  let running: Pending | null = null;
  let waiting: Pending | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let nextId = 1;
  let disposed = false;

  const settle = (p: Pending, outcome: { result: unknown } | { error: Error }) => {
    if (p.settled) return;
    p.settled = true;
    if ('result' in outcome) p.resolve(outcome.result);
    else p.reject(outcome.error);
  };

  const closeWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const clearIdle = () => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = null;
  };

  const scheduleIdle = () => {
    if (idleTimeoutMs > 0 && Number.isFinite(idleTimeoutMs)) idleTimer = setTimeout(closeWorker, idleTimeoutMs);
  };

  const openWorker = (): EngineWorker => {
    const w = makeWorker();
    w.onmessage = (event) => onResponse(event.data);
    w.onerror = (event) => {
      // A load failure or uncaught error: this worker may be broken, so the next run gets a fresh one.
      closeWorker();
      finishRunning({ error: new EngineError(event.message || 'engine worker failed') });
    };
    return w;
  };

  /** Spread one evaluation over the pool; its outcome frees the lane like a worker's answer. */
  const startPooled = (p: Pending, workers: WorkerPool) => {
    const session = workers.open(p.plan);
    p.session = session;
    evaluatePlanWith(p.plan, (task) => session.run(task), { whatIfChunks: 2 * workers.size }).then(
      (result) => running === p && finishRunning({ result }),
      (err: unknown) => running === p && finishRunning({ error: isStaleError(err) ? err : new EngineError(err instanceof Error ? err.message : String(err)) }),
    );
  };
  const start = (p: Pending) => {
    running = p;
    if (pool && p.job === 'evaluate') return startPooled(p, pool);
    try {
      worker ??= openWorker();
      // The default job travels as before, `{ id, plan }`, so the evaluate path stays as small as it was.
      worker.postMessage(p.job === 'evaluate' ? { id: p.id, plan: p.plan } : { id: p.id, plan: p.plan, job: p.job, locale: getDisplayLocale() });
    } catch (err) {
      // No Worker here, or the plan could not be cloned: fail this request, keep the client usable.
      finishRunning({ error: new EngineError(err instanceof Error ? err.message : String(err)) });
    }
  };

  const finishRunning = (outcome: { result: unknown } | { error: Error }) => {
    if (running) settle(running, outcome);
    running = null;
    const next = waiting;
    waiting = null;
    if (next) start(next);
    else scheduleIdle();
  };

  const onResponse = (response: EngineResponse) => {
    if (!running || response.id !== running.id) return; // an answer nobody waits for any more
    if ('progress' in response) {
      if (!running.settled) running.onProgress?.(response.progress);
      return;
    }
    finishRunning(response.ok ? { result: response.result } : { error: new EngineError(response.error) });
  };

  const run = <K extends JobKind>(job: K, plan: Plan, onProgress?: (progress: JobProgress) => void): Promise<JobResults[K]> => {
    if (disposed) return Promise.reject(new EngineError('engine client disposed'));
    return new Promise<JobResults[K]>((resolve, reject) => {
      const request: Pending = { id: nextId++, plan, job, settled: false, onProgress, resolve: resolve as (r: unknown) => void, reject };
      clearIdle();
      if (!running) return start(request);
      // Newest input wins: the running answer will be stale, the waiting one is dropped unsent.
      settle(running, { error: new StaleError() });
      running.session?.cancel(); // a pooled evaluation ends at once: its queued tasks are dropped
      if (waiting) settle(waiting, { error: new StaleError() });
      waiting = request;
    });
  };

  return {
    evaluate: (plan) => run('evaluate', plan),
    run,
    cancel() {
      running?.session?.cancel();
      for (const p of [running, waiting]) if (p) settle(p, { error: new StaleError() });
      running = waiting = null;
      clearIdle();
      closeWorker();
    },
    dispose() {
      disposed = true;
      clearIdle();
      running?.session?.cancel();
      for (const p of [running, waiting]) if (p) settle(p, { error: new StaleError() });
      running = waiting = null;
      closeWorker();
    },
  };
}
