/**
 * Several engine jobs at once, by key (SPEC §5.9): the main plan's evaluation, the comparison of
 * its variants and the optimizer each run in their own lane, so the newest request of one key
 * supersedes only that key's older request, never another key's work.
 *
 *   const engine = createKeyedEngine();
 *   engine.run('compare', 'compare', plan)              // → Promise<ComparisonRow[]>
 *   engine.run('optimize', 'optimize', plan, onProgress) // → Promise<OptimizerResult>
 *   engine.cancel('optimize')                           // its worker is stopped, its promise rejects with StaleError
 *
 * A lane is an `EngineClient` (newest wins, idle worker closed), one worker per key. Evaluations
 * of every lane share the page's worker pool when there is one (`options.pool`, default the page
 * pool of min(cores − 1, 4) workers): they never cancel each other there either.
 */
import type { Plan } from '@/plan';
import { createEngineClient, EngineError, type EngineClient, type EngineClientOptions, type EngineWorker } from './engine-client';
import type { JobKind, JobProgress, JobResults } from './protocol';

export interface KeyedEngine {
  /** Run `job` on `plan` in the lane `key`; a newer run with the same key rejects this one with StaleError. */
  run<K extends JobKind>(key: string, job: K, plan: Plan, onProgress?: (progress: JobProgress) => void): Promise<JobResults[K]>;
  /** Stop the lane's work now (its worker is terminated); its pending calls reject with StaleError. */
  cancel(key: string): void;
  /** Stop every lane; later calls reject. */
  dispose(): void;
}

export function createKeyedEngine(makeWorker?: () => EngineWorker, options: EngineClientOptions = {}): KeyedEngine {
  const lanes = new Map<string, EngineClient>();
  let disposed = false;
  const lane = (key: string) => {
    let client = lanes.get(key);
    if (!client) {
      client = createEngineClient(makeWorker, options);
      lanes.set(key, client);
    }
    return client;
  };
  return {
    run(key, job, plan, onProgress) {
      if (disposed) return Promise.reject(new EngineError('engine disposed'));
      return lane(key).run(job, plan, onProgress);
    },
    cancel(key) {
      lanes.get(key)?.cancel();
    },
    dispose() {
      disposed = true;
      for (const client of lanes.values()) client.dispose();
    },
  };
}
