/**
 * Module worker that runs the engine off the main thread (SPEC §6: 1 000-VM plans take seconds).
 * Load it only through `createEngineClient`; it answers each `{ id, plan, job }` with progress messages, then one response.
 */
import { handleEngineRequest, type EngineRequest, type EngineResponse } from './protocol';

/** The few members of DedicatedWorkerGlobalScope used here; the app's lib is DOM, not WebWorker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id } = event.data;
  scope.postMessage(handleEngineRequest(event.data, (progress) => scope.postMessage({ id, progress })));
};
