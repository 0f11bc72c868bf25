/**
 * Module worker that runs the engine off the main thread (SPEC §6: 1 000-VM plans take seconds).
 * Load it only through `createEngineClient`; it answers each `{ id, plan }` with one response.
 */
import { handleEngineRequest, type EngineRequest, type EngineResponse } from './protocol';

/** The few members of DedicatedWorkerGlobalScope used here; the app's lib is DOM, not WebWorker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  scope.postMessage(handleEngineRequest(event.data));
};
