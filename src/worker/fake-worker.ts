/** A stand-in for the engine Worker in unit tests (vitest runs in Node: no real workers). */
import type { PlanResult } from '@/engine';
import type { EngineWorker } from './engine-client';
import type { EngineRequest, EngineResponse, TaskRequest, WorkerRequest } from './protocol';

export class FakeWorker implements EngineWorker {
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  /** Whole jobs (`{ id, plan, job }`) posted to this worker, in order. */
  readonly posted: EngineRequest[] = [];
  /** Pool tasks (`{ id, planKey, plan?, task }`) posted to this worker, in order. */
  readonly tasks: TaskRequest[] = [];
  terminated = false;

  postMessage(message: WorkerRequest): void {
    if ('task' in message) this.tasks.push(message);
    else this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Deliver a response as the worker would. */
  reply(response: EngineResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<EngineResponse>);
  }

  /** Answer the request with this id successfully. */
  succeed(id: number, result: PlanResult): void {
    this.reply({ id, ok: true, result });
  }

  /** Raise a worker-level error (script failed to load, uncaught exception). */
  crash(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

/** A makeWorker factory that records every worker it creates. */
export function fakeWorkerFactory() {
  const workers: FakeWorker[] = [];
  const make = () => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  };
  return { make, workers, latest: () => workers.at(-1)! };
}
