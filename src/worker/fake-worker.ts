/** A stand-in for the engine Worker in unit tests (vitest runs in Node: no real workers). */
import type { PlanResult } from '@/engine';
import type { EngineWorker } from './engine-client';
import type { EngineRequest, EngineResponse } from './protocol';

export class FakeWorker implements EngineWorker {
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: EngineRequest[] = [];
  terminated = false;

  postMessage(message: EngineRequest): void {
    this.posted.push(message);
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
