/** Running the engine from the page: a worker client (large plans) and an inline path (small ones). */
export { createEngineClient, EngineError, isStaleError, sharedPagePool, StaleError } from './engine-client';
export type { EngineClient, EngineClientOptions, EngineWorker } from './engine-client';
export { canEvaluateInline, evaluateInline, INLINE_MAX_VM_COPIES, vmCopies } from './evaluate-inline';
export type { EngineRequest, EngineResponse, JobKind, JobProgress, JobResults } from './protocol';
export { createKeyedEngine } from './keyed-engine';
export type { KeyedEngine } from './keyed-engine';
export { createWorkerPool, defaultPoolSize } from './worker-pool';
export type { PoolSession, WorkerPool, WorkerPoolOptions } from './worker-pool';
