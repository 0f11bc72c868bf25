/**
 * Module worker that runs the engine off the main thread (SPEC §6: 1 000-VM plans take seconds).
 * Load it only through `createEngineClient` or the worker pool; it answers each `{ id, plan, job }` with progress messages,
 * then one response, and each pool task `{ id, planKey, plan?, task }` with one response.
 */
import { createTaskHandler, handleEngineRequest, type EngineResponse, type WorkerRequest } from './protocol';

/** The few members of DedicatedWorkerGlobalScope used here; the app's lib is DOM, not WebWorker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;

const handleTask = createTaskHandler();
scope.onmessage = (event) => {
  const request = event.data;
  if ('task' in request) return scope.postMessage(handleTask(request));
  scope.postMessage(handleEngineRequest(request, (progress) => scope.postMessage({ id: request.id, progress })));
};
